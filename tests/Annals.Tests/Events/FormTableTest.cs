using Annals.Events.Patterns;

namespace Annals.Tests.Events;

public sealed class FormTableTest
{
    private static (int Lemma, VerbForms Kind)[] Entry(int lemma, VerbForms kind) => [(lemma, kind)];

    [Fact]
    public void Finds_every_form_it_was_built_with_and_nothing_else()
    {
        // "attacked" and "attended" share their length, first two and last letters; "to" and "in" are short forms.
        var forms = new (string Form, (int Lemma, VerbForms Kind)[] Entries)[]
        {
            ("attacked", Entry(0, VerbForms.Past)),
            ("attended", Entry(1, VerbForms.Past)),
            ("to", Entry(2, VerbForms.Base)),
            ("in", Entry(3, VerbForms.Base)),
        };
        var table = new FormTable(forms);

        foreach (var (form, entries) in forms)
            Assert.Same(entries, table.Find(form));
        Assert.Empty(table.Find("attracted"));
        Assert.Empty(table.Find("attacks"));
        Assert.Empty(table.Find("t"));
        Assert.Empty(table.Find(""));
    }

    [Fact]
    public void Keeps_apart_many_forms_of_one_shape()
    {
        // Forty words of one length, sharing their first two and last letters: some must share a slot and probe on.
        var forms = Enumerable.Range(0, 40)
            .Select(i => ($"ab{(char)('a' + i % 26)}{(char)('a' + i / 26)}m{(char)('a' + i % 7)}z", Entry(i, VerbForms.Base)))
            .ToArray();
        var table = new FormTable(forms);

        foreach (var (form, entries) in forms)
            Assert.Same(entries, table.Find(form));
        Assert.Empty(table.Find("abzzmzz"));
    }
}

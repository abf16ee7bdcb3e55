using Annals.Knowledge;
using Annals.Text;
using NodaTime;

namespace Annals.Understanding.Entities;

/// <summary>What the recogniser learns about one document as it goes: its date, countries and the people it names.</summary>
internal sealed class DocContext
{
    private readonly List<Person> _people = [];

    public DocContext(Doc doc, LocalDate? date, IReadOnlyList<Candidate> candidates)
    {
        Doc = doc;
        Date = date;
        foreach (var c in candidates)
        {
            foreach (var e in c.Entries)
            {
                if (e.Kind is EntryKind.StateName or EntryKind.StateAdjective or EntryKind.SeatOfPower && e.Country is { } iso3)
                    Countries.Add(iso3);
            }
        }
    }

    public Doc Doc { get; }

    /// <summary>The token just past the dateline's place, or 0 when the text opens with none.</summary>
    public int DatelineEnd { get; init; }

    /// <summary>The publication date, when known.</summary>
    public LocalDate? Date { get; }

    /// <summary>Countries the article names: they break ties between places of the same name.</summary>
    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>Surnames of the people named so far, for later mentions by surname alone.</summary>
    public Dictionary<string, Person> Surnames { get; } = new(StringComparer.Ordinal);

    /// <summary>People the article names, in order of first mention.</summary>
    public IReadOnlyList<Person> NamedPeople => _people;

    public void Remember(Person person)
    {
        if (_people.Contains(person)) return;
        _people.Add(person);
        var parts = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2) Surnames.TryAdd(Text.Tokenization.Tokenizer.Normalize(parts[^1]), person);
        foreach (var position in person.Positions) Countries.Add(position.Iso3);
    }
}

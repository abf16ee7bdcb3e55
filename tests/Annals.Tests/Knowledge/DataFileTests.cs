using Annals.Knowledge;

namespace Annals.Tests.Knowledge;

public sealed class DataFileTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    public static TheoryData<string> EmbeddedFiles() => new(EmbeddedFileNames());

    private static IEnumerable<string> EmbeddedFileNames() =>
        typeof(KnowledgeBase).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Annals.Data.kb", StringComparison.Ordinal))
            .Select(n => n["Annals.Data.kb/".Length..])
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_file_the_loader_reads_is_embedded() =>
        Assert.Subset(EmbeddedFileNames().ToHashSet(), KnowledgeFiles.All.ToHashSet());

    [Theory]
    [MemberData(nameof(EmbeddedFiles))]
    public void Every_row_names_its_source(string file)
    {
        using var reader = new EmbeddedKnowledgeSource().Open(file);
        var line = 1;
        var first = reader.ReadLine()!;
        while (first.StartsWith('#'))
        {
            first = reader.ReadLine()!;
            line++;
        }
        var header = first.Split('\t');
        var column = Array.IndexOf(header, file == KnowledgeFiles.Sources ? "licence" : "source");
        Assert.True(column >= 0, $"{file} has no source column");
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.StartsWith('#')) continue;
            Assert.False(string.IsNullOrWhiteSpace(text.Split('\t')[column]), $"{file}:{line} has no source");
        }
    }

    [Fact]
    public void Every_source_id_used_is_defined_in_sources_tsv()
    {
        var cells = _kb.States.SelectMany(s => s.Source)
            .Concat(_kb.Organizations.Select(o => o.Source))
            .Concat(_kb.Memberships.Select(m => m.Source))
            .Concat(_kb.Warrants.Select(w => w.Source))
            .Concat(_kb.People.SelectMany(p => p.Source))
            .Concat(_kb.Places.Select(p => p.Source))
            .Concat(_kb.AdminDivisions.Select(a => a.Source))
            .Concat(_kb.Regions.Select(r => r.Source))
            .Concat(_kb.States.Select(s => _kb.RomeStatuteOn(s.Iso3, new NodaTime.LocalDate(2025, 1, 1)).Source));
        var ids = cells.SelectMany(c => c.Split('|'))
            .Where(s => !s.Contains(' ', StringComparison.Ordinal) && !s.Contains(':', StringComparison.Ordinal))
            .Distinct();
        Assert.All(ids, id => Assert.True(_kb.Sources.ContainsKey(id), $"source id {id} is not in sources.tsv"));
    }

    [Fact]
    public void Every_state_code_used_exists_in_states()
    {
        // The loader rejects unknown codes (K006); this pins that the shipped data passes.
        var known = _kb.States.Select(s => s.Iso3).ToHashSet();
        Assert.All(_kb.Memberships.Where(m => m.MemberOrgId is null), m => Assert.Contains(m.Iso3, known));
        Assert.All(_kb.People.SelectMany(p => p.Positions), p => Assert.Contains(p.Iso3, known));
        Assert.All(_kb.States.Where(s => s.ParentIso3 is not null), s => Assert.Contains(s.ParentIso3!, known));
        Assert.All(_kb.Organizations.Where(o => o.LedBy is not null), o => Assert.Contains(o.LedBy!, known));
    }

    [Fact]
    public void The_whole_embedded_knowledge_base_loads()
    {
        // How long it takes is measured by bench/ (kb-load), not asserted here.
        var kb = KnowledgeBase.LoadEmbedded();
        Assert.True(kb.States.Count > 250 && kb.People.Count > 1000 && kb.Places.Count > 4000 && kb.Warrants.Count == 76);
        Assert.Equal(new NodaTime.LocalDate(2025, 12, 31), kb.AsOf);
        Assert.StartsWith("embedded:", kb.VersionId);
    }

    [Fact]
    public void Source_ids_resolve_to_urls() =>
        Assert.Equal(["https://en.wikipedia.org/wiki/International_Criminal_Court", "S-MEM"], _kb.ResolveSources("S-WP-ICC|S-MEM"));
}

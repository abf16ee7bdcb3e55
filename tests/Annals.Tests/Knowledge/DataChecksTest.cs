using System.Globalization;
using Annals.Knowledge;
using NodaTime;

namespace Annals.Tests.Knowledge;

/// <summary>Checks on the shipped TSV files themselves: sources, dates, overlapping terms, Article 126, codes.</summary>
public sealed class DataChecksTest(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    /// <summary>Confidence values that flag a row as not verified against a cited page.</summary>
    private static readonly HashSet<string> Unverified = ["from-memory", "unverified", "names-from-memory"];

    /// <summary>Note prefixes that allow terms of the same post to overlap (tools/kb/verified.py, OVERLAP_FLAGS).</summary>
    private static readonly string[] OverlapFlags = ["[collective]", "[rival]", "[acting-for]", "[concurrent-office]"];

    private static List<Dictionary<string, string>> Rows(string file)
    {
        using var reader = new EmbeddedKnowledgeSource().Open(file);
        var header = reader.ReadLine()!.Split('\t');
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            var row = new Dictionary<string, string>(StringComparer.Ordinal) { ["#line"] = (rows.Count + 2).ToString(CultureInfo.InvariantCulture) };
            for (var i = 0; i < header.Length; i++) row[header[i]] = i < cells.Length ? cells[i] : "";
            rows.Add(row);
        }
        return rows;
    }

    private static bool CitesMoreThanMemory(string source) =>
        source.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(s => s != "S-MEM");

    private static LocalDate Day(string iso) => LocalDate.FromDateTime(DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static TheoryData<string> TablesWithConfidence() =>
        new(KnowledgeFiles.Leaders, KnowledgeFiles.Memberships, KnowledgeFiles.States, KnowledgeFiles.RomeStatute);

    [Theory]
    [MemberData(nameof(TablesWithConfidence))]
    public void Every_row_cites_a_page_or_is_flagged_unverified(string file)
    {
        var bad = Rows(file)
            .Where(r => !CitesMoreThanMemory(r["source"]) && !Unverified.Contains(r["confidence"]))
            .Select(r => $"{file}:{r["#line"]} ({r["confidence"]})").ToList();
        Assert.True(bad.Count == 0, "rows citing only memory without an unverified flag: " + string.Join(", ", bad.Take(20)));
    }

    [Fact]
    public void Tables_without_a_confidence_column_name_a_source_in_every_row()
    {
        // organizations.tsv and meta.tsv have no confidence column: a source cell of S-MEM alone is their unverified flag
        // (counted in docs/KNOWLEDGE.md); an empty cell is an error.
        foreach (var file in new[] { KnowledgeFiles.Organizations, KnowledgeFiles.Meta, KnowledgeFiles.Warrants })
            Assert.All(Rows(file), r => Assert.False(string.IsNullOrWhiteSpace(r["source"]), $"{file}:{r["#line"]} has no source"));
    }

    public static TheoryData<string, string> DateColumns() => new()
    {
        { KnowledgeFiles.Leaders, "since|until" },
        { KnowledgeFiles.RomeStatute, "signed|ratified_or_acceded|entry_into_force|withdrawal_notified|withdrawal_effective|signature_withdrawn" },
        { KnowledgeFiles.Memberships, "since|until" },
        { KnowledgeFiles.Warrants, "status_date|ended" },
    };

    [Theory]
    [MemberData(nameof(DateColumns))]
    public void Dates_parse_and_run_forwards(string file, string columns)
    {
        var formats = new[] { "yyyy-MM-dd", "yyyy-MM", "yyyy" };
        foreach (var row in Rows(file))
        {
            foreach (var column in columns.Split('|'))
            {
                foreach (var value in row[column].Split('|', StringSplitOptions.RemoveEmptyEntries))
                    Assert.True(DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                        $"{file}:{row["#line"]} {column} '{value}' is not a date");
            }
            if (row.TryGetValue("since", out var since) && row.TryGetValue("until", out var until) && since.Length > 0 && until.Length > 0)
                Assert.True(string.CompareOrdinal(since, until) < 0 || (since.Length < 10 && until.StartsWith(since, StringComparison.Ordinal)),
                    $"{file}:{row["#line"]} ends ({until}) before it starts ({since})");
        }
    }

    [Fact]
    public void No_two_terms_of_the_same_post_overlap_unless_flagged()
    {
        var overlaps = new List<string>();
        foreach (var post in Rows(KnowledgeFiles.Leaders).GroupBy(r => (r["iso3"], r["role"])))
        {
            var terms = post.OrderBy(r => r["since"], StringComparer.Ordinal).ToList();
            for (var i = 0; i < terms.Count; i++)
            for (var j = i + 1; j < terms.Count; j++)
            {
                var (a, b) = (terms[i], terms[j]);
                var aEnd = a["until"].Length == 0 ? "9999-12-31" : a["until"];
                if (string.CompareOrdinal(b["since"], aEnd) >= 0) continue;
                if (OverlapFlags.Any(f => a["notes"].StartsWith(f, StringComparison.Ordinal) || b["notes"].StartsWith(f, StringComparison.Ordinal))) continue;
                overlaps.Add($"{post.Key}: {a["person"]} {a["since"]}–{a["until"]} / {b["person"]} {b["since"]}–{b["until"]}");
            }
        }
        Assert.True(overlaps.Count == 0, string.Join("\n", overlaps));
    }

    [Fact]
    public void Overlap_flags_are_used_only_where_terms_overlap_or_on_collective_offices()
    {
        var flagged = Rows(KnowledgeFiles.Leaders).Where(r => r["notes"].StartsWith('[')).ToList();
        Assert.NotEmpty(flagged);
        Assert.All(flagged, r => Assert.Contains(OverlapFlags, f => r["notes"].StartsWith(f, StringComparison.Ordinal)));
    }

    /// <summary>Rome Statute art. 126: in force 2002-07-01 for deposits up to 2002-04-11; otherwise on the first day of
    /// the month after the 60th day following the deposit.</summary>
    internal static LocalDate Article126(LocalDate deposit)
    {
        if (deposit <= new LocalDate(2002, 4, 11)) return new LocalDate(2002, 7, 1);
        var sixtieth = deposit.PlusDays(60);
        return new LocalDate(sixtieth.Year, sixtieth.Month, 1).PlusMonths(1);
    }

    [Fact]
    public void Article_126_rule_gives_known_dates()
    {
        Assert.Equal(new LocalDate(2002, 7, 1), Article126(new LocalDate(2002, 4, 11)));
        Assert.Equal(new LocalDate(2025, 1, 1), Article126(new LocalDate(2024, 10, 25)));   // Ukraine (coalitionfortheicc.org)
        Assert.Equal(new LocalDate(2015, 4, 1), Article126(new LocalDate(2015, 1, 2)));     // Palestine: 60th day is 3 March
    }

    [Fact]
    public void Every_entry_into_force_follows_from_article_126()
    {
        var wrong = new List<string>();
        var checkedRows = 0;
        foreach (var row in Rows(KnowledgeFiles.RomeStatute))
        {
            var deposit = row["ratified_or_acceded"];
            var inForce = row["entry_into_force"];
            if (deposit.Length != 10)
            {
                Assert.True(inForce.Length == 0, $"rome_statute.tsv:{row["#line"]} {row["iso3"]} in force without a deposit day");
                continue;
            }
            if (inForce.Length == 0) continue;   // Malaysia: accession withdrawn before it took effect
            // A succession (Montenegro) binds from independence, not under art. 126.
            if (row["instrument"] == "succession") continue;
            checkedRows++;
            var expected = Article126(Day(deposit));
            if (Day(inForce) != expected) wrong.Add($"{row["iso3"]}: deposit {deposit}, in force {inForce}, art. 126 gives {expected:yyyy-MM-dd}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(checkedRows >= 120, $"only {checkedRows} rows checked");
    }

    [Fact]
    public void Every_code_exists()
    {
        var states = Rows(KnowledgeFiles.States).Select(r => r["iso3"]).ToHashSet(StringComparer.Ordinal);
        var orgs = Rows(KnowledgeFiles.Organizations).Select(r => r["id"]).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        void Need(string file, Dictionary<string, string> r, string column, HashSet<string> known)
        {
            foreach (var code in r[column].Split('|', StringSplitOptions.RemoveEmptyEntries))
                if (!known.Contains(code)) missing.Add($"{file}:{r["#line"]} {column} {code}");
        }
        foreach (var r in Rows(KnowledgeFiles.Leaders)) Need("leaders.tsv", r, "iso3", states);
        foreach (var r in Rows(KnowledgeFiles.RomeStatute)) Need("rome_statute.tsv", r, "iso3", states);
        foreach (var r in Rows(KnowledgeFiles.Memberships))
        {
            Need("memberships.tsv", r, "org", orgs);
            Need("memberships.tsv", r, "iso3", states);
            Need("memberships.tsv", r, "member_org", orgs);
            Assert.True(r["iso3"].Length > 0 ^ r["member_org"].Length > 0, $"memberships.tsv:{r["#line"]} needs exactly one of iso3 and member_org");
        }
        foreach (var r in Rows(KnowledgeFiles.Warrants)) Need("warrants.tsv", r, "nationality_iso3", states);
        foreach (var r in Rows(KnowledgeFiles.Organizations)) Need("organizations.tsv", r, "led_by", states);
        foreach (var r in Rows(KnowledgeFiles.States)) Need("states.tsv", r, "parent_iso3", states);
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_African_Union_sits_in_the_G20_as_an_organisation_not_as_Australia()
    {
        var g20 = _kb.MembersOn("G20", new LocalDate(2024, 1, 1));
        Assert.Contains(g20, m => m.MemberOrgId == "AU");
        Assert.Single(g20, m => m.Iso3 == "AUS");
    }
}

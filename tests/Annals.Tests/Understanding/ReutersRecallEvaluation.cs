using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Annals.Reading;
using Annals.Tests.Support;
using Annals.Understanding.Entities;
using NodaTime;
using Xunit.Abstractions;

namespace Annals.Tests.Understanding;

/// <summary>
/// Recall of Reuters-21578's PLACES and PEOPLE tags by the entities Annals finds in each newswire,
/// read in place from ../shared. A PLACES tag (a country) is found when an entity of that country is;
/// a PEOPLE tag (a surname, or a name with hyphens) when a person entity's text or name ends with it.
/// </summary>
public sealed partial class ReutersRecallEvaluation(ITestOutputHelper output)
{
    [Fact]
    public void Places_and_people_tags_are_recalled_above_the_recorded_floors()
    {
        if (!SharedData.TryGet("corpora/reuters-21578", out var folder)) return;
        int places = 0, placesFound = 0, people = 0, peopleFound = 0, docs = 0;
        var unknownPlaces = new Dictionary<string, int>();
        foreach (var file in Directory.GetFiles(folder, "reut2-*.sgm.gz").Order(StringComparer.Ordinal))
        {
            foreach (var wire in SharedData.Sample(ReadWires(file), 10))
            {
                docs++;
                var doc = Shared.Pipeline.Run(Some.Article(wire.Text, wire.Date));
                var countries = doc.Entities.Where(e => e.Country is not null).Select(e => e.Country!).ToHashSet();
                foreach (var tag in wire.Places)
                {
                    var state = Shared.Kb.FindState(tag.Replace('-', ' '));
                    if (state is null)
                    {
                        unknownPlaces[tag] = unknownPlaces.GetValueOrDefault(tag) + 1;
                        continue;
                    }
                    places++;
                    if (countries.Contains(state.Iso3)) placesFound++;
                }
                var persons = doc.Entities.Where(e => e.Type == EntityType.Person)
                    .SelectMany(e => new[] { e.Text, e.Name ?? "" }).Select(Normalize).ToList();
                foreach (var tag in wire.People)
                {
                    people++;
                    var name = tag.Replace('-', ' ');
                    if (persons.Any(p => p == name || p.EndsWith(" " + name, StringComparison.Ordinal))) peopleFound++;
                }
            }
        }
        double placeRecall = (double)placesFound / Math.Max(1, places), peopleRecall = (double)peopleFound / Math.Max(1, people);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reuters-21578: {docs} wires; PLACES recall {placeRecall:F3} ({placesFound}/{places}); PEOPLE recall {peopleRecall:F3} ({peopleFound}/{people})"));
        output.WriteLine("PLACES tags that name no state of the knowledge base: " + string.Join(", ", unknownPlaces.OrderByDescending(kv => kv.Value).Take(15).Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.True(placeRecall >= Floors.Places, $"PLACES recall {placeRecall:F3}");
        Assert.True(peopleRecall >= Floors.People, $"PEOPLE recall {peopleRecall:F3}");
    }

    private static class Floors
    {
        // Just below what entities.gazetteer.v1 reached on the sampled run (every 10th wire).
        public const double Places = 0.98;
        public const double People = 0.82;
    }

    private sealed record Wire(string Text, LocalDate? Date, IReadOnlyList<string> Places, IReadOnlyList<string> People);

    private static IEnumerable<Wire> ReadWires(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        // The collection is Latin-1 (one file holds a 0xFC byte).
        using var reader = new StreamReader(gzip, Encoding.Latin1);
        var sgml = reader.ReadToEnd();
        foreach (Match m in Document().Matches(sgml))
        {
            var body = m.Groups["body"].Value;
            var text = Unescape(Tag(body, "DATELINE") + Tag(body, "BODY"));
            if (text.Trim().Length == 0) continue;
            var date = DateTime.TryParseExact(Tag(body, "DATE").Trim().Split(' ')[0], "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? LocalDate.FromDateTime(d) : (LocalDate?)null;
            yield return new Wire(text, date, Items(Tag(body, "PLACES")), Items(Tag(body, "PEOPLE")));
        }
    }

    private static string Tag(string sgml, string name)
    {
        var start = sgml.IndexOf($"<{name}>", StringComparison.Ordinal);
        if (start < 0) return "";
        start += name.Length + 2;
        var end = sgml.IndexOf($"</{name}>", start, StringComparison.Ordinal);
        return end < 0 ? "" : sgml[start..end];
    }

    private static List<string> Items(string list) => [.. Item().Matches(list).Select(m => m.Groups[1].Value)];

    private static string Unescape(string text) =>
        NumericEntity().Replace(text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&"), m =>
            int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var c && c >= 32 ? ((char)c).ToString() : " ");

    private static string Normalize(string name) => Annals.Text.DiacriticFolding.Fold(name).ToLowerInvariant().Replace('-', ' ');

    [GeneratedRegex(@"<REUTERS[^>]*>(?<body>.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex Document();

    [GeneratedRegex(@"<D>([^<]*)</D>")]
    private static partial Regex Item();

    [GeneratedRegex(@"&#(\d+);")]
    private static partial Regex NumericEntity();
}

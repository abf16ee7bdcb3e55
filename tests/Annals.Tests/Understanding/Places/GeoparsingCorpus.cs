using System.Globalization;
using System.Xml.Linq;
using NodaTime;

namespace Annals.Tests.Understanding.Places;

/// <summary>Reads the LGL and GeoVirus geoparsing corpora in place from <c>../shared/data/geo/geoparsing</c>.</summary>
/// <remarks>The corpora are research-use only: read where they lie, never copied into the repository.</remarks>
internal static class GeoparsingCorpus
{
    /// <summary>LGL: local US news; gold from GeoNames with country and feature code.</summary>
    public static IReadOnlyList<GoldDocument> ReadLgl(string path)
    {
        var result = new List<GoldDocument>();
        foreach (var article in XDocument.Load(path).Root!.Elements("article"))
        {
            var text = (string)article.Element("text")!;
            var dltime = (string?)article.Element("dltime");
            LocalDate? published = dltime is { Length: >= 10 }
                && DateTime.TryParseExact(dltime[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? LocalDate.FromDateTime(d) : null;
            var gold = new List<GoldToponym>();
            foreach (var t in article.Descendants("toponym"))
            {
                var tag = t.Element("gaztag");
                if (tag?.Element("lat") is null || tag.Element("lon") is null) continue;
                gold.Add(new GoldToponym(
                    (int)t.Element("start")!, (int)t.Element("end")!, (string)t.Element("phrase")!,
                    Number(tag.Element("lat")!), Number(tag.Element("lon")!),
                    (string?)tag.Element("country"), (string?)tag.Element("fcode")));
            }
            // The outlet's web domain is the article's own metadata, as a crawled page's address would be.
            var domain = (string?)article.Element("domain");
            result.Add(new GoldDocument((string?)article.Attribute("docid") ?? "", text, published, gold, domain is { Length: > 0 } ? "https://" + domain + "/" : null));
        }
        return result;
    }

    /// <summary>GeoVirus: WikiNews on outbreaks; gold coordinates and a Wikipedia page, no country.</summary>
    public static IReadOnlyList<GoldDocument> ReadGeoVirus(string path)
    {
        var result = new List<GoldDocument>();
        foreach (var article in XDocument.Load(path).Root!.Elements("article"))
        {
            var text = (string)article.Element("text")!;
            var gold = new List<GoldToponym>();
            foreach (var l in article.Descendants("location"))
            {
                var name = (string)l.Element("name")!;
                // GeoVirus offsets are mostly one character late; anchor each name at its nearest occurrence.
                var start = Align(text, name, (int)l.Element("start")!);
                if (start < 0) continue;
                gold.Add(new GoldToponym(start, start + name.Length, name, Number(l.Element("lat")!), Number(l.Element("lon")!), null, null));
            }
            result.Add(new GoldDocument((string?)article.Element("source") ?? "", text, null, gold));
        }
        return result;
    }

    private static double Number(XElement e) => double.Parse(e.Value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Align(string text, string name, int start)
    {
        for (var delta = 0; delta <= 60; delta++)
        {
            foreach (var s in new[] { start - 1 - delta, start + delta })
            {
                if (s >= 0 && s + name.Length <= text.Length && string.CompareOrdinal(text, s, name, 0, name.Length) == 0) return s;
            }
        }
        return -1;
    }
}

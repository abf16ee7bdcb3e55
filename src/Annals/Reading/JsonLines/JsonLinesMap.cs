namespace Annals.Reading.JsonLines;

/// <summary>Which JSON Lines fields hold which article field; each article field tries its names in order.</summary>
/// <remarks>Immutable. Field names may be dotted paths into nested objects (<c>meta.title</c>).</remarks>
public sealed record JsonLinesMap
{
    /// <summary>The default names: title; text, body or content; published, date or publish_date; url; id; author; language; source.</summary>
    public static JsonLinesMap Default { get; } = new();

    /// <summary>Names for the id.</summary>
    public IReadOnlyList<string> Id { get; init; } = ["id"];
    /// <summary>Names for the URL.</summary>
    public IReadOnlyList<string> Url { get; init; } = ["url"];
    /// <summary>Names for the title.</summary>
    public IReadOnlyList<string> Title { get; init; } = ["title"];
    /// <summary>Names for the body text.</summary>
    public IReadOnlyList<string> Text { get; init; } = ["text", "body", "content"];
    /// <summary>Names for the publication date.</summary>
    public IReadOnlyList<string> Published { get; init; } = ["published", "date", "publish_date"];
    /// <summary>Names for the author.</summary>
    public IReadOnlyList<string> Author { get; init; } = ["author"];
    /// <summary>Names for the language.</summary>
    public IReadOnlyList<string> Language { get; init; } = ["language"];
    /// <summary>Names for the source.</summary>
    public IReadOnlyList<string> Source { get; init; } = ["source"];

    /// <summary>Reads a <c>--map</c> value: <c>text=body_text,published=meta.pub_date</c>; null and a message when it is malformed.</summary>
    public static (JsonLinesMap? Map, string? Error) Parse(string? spec)
    {
        var map = Default;
        if (string.IsNullOrWhiteSpace(spec)) return (map, null);
        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0 || eq == pair.Length - 1) return (null, $"'{pair}' is not FIELD=NAME (e.g. text=body_text)");
            var field = pair[..eq].Trim().ToLowerInvariant();
            IReadOnlyList<string> names = [pair[(eq + 1)..].Trim()];
            map = field switch
            {
                "id" => map with { Id = names },
                "url" => map with { Url = names },
                "title" => map with { Title = names },
                "text" or "body" => map with { Text = names },
                "published" or "date" => map with { Published = names },
                "author" => map with { Author = names },
                "language" => map with { Language = names },
                "source" => map with { Source = names },
                _ => null,
            };
            if (map is null) return (null, $"'{field}' is not an article field (id, url, title, text, published, author, language, source)");
        }
        return (map, null);
    }
}

using System.Collections.Frozen;
using Annals.Knowledge;
using Annals.Reading;

namespace Annals.Understanding.Entities;

/// <summary>
/// The country a news outlet publishes from, as the country-code domain of the article's address tells it:
/// "lfpress.ca" is a Canadian paper, so its "London" is London, Ontario, unless the article says otherwise.
/// </summary>
/// <remarks>
/// A generic domain (".com", ".net", ".org") says nothing, and neither do the country codes sold worldwide for their
/// letters (".tv", ".fm", ".io", ".me", ".co"): those are listed as vanity domains by
/// http://www.namestoregister.com/the-news/55-country-code-top-level-domain.html and
/// https://www.internetx.com/en/news-detailview/gtld-or-cctld-10-ambiguous-tlds-1/ .
/// </remarks>
internal sealed class OutletCountry
{
    private static readonly FrozenSet<string> VanityDomains = FrozenSet.Create(StringComparer.Ordinal,
        "ac", "ad", "ag", "ai", "am", "as", "cc", "cd", "co", "dj", "fm", "gg", "gs", "io", "ly", "me", "nu", "tk", "to", "tv", "ws");

    // IANA's one country code that is not the ISO alpha-2 code of its state.
    private const string UnitedKingdomDomain = "uk";

    private readonly FrozenDictionary<string, string> _countryByDomain;

    private OutletCountry(FrozenDictionary<string, string> countryByDomain) => _countryByDomain = countryByDomain;

    /// <summary>The country-code domains of the knowledge base's states, each to its state's ISO alpha-3.</summary>
    public static OutletCountry Build(KnowledgeBase kb)
    {
        var byDomain = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var state in kb.States)
        {
            if (state.Iso2 is not { Length: 2 } iso2) continue;
            var domain = iso2.ToLowerInvariant();
            if (!VanityDomains.Contains(domain)) byDomain[domain] = state.Iso3;
        }
        if (byDomain.TryGetValue("gb", out var britain)) byDomain[UnitedKingdomDomain] = britain;
        return new OutletCountry(byDomain.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The country of the article's web address, or null when it has none or a domain that names no country.</summary>
    public string? Of(Article article)
    {
        if (article.Url is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns) return null;
        var host = uri.IdnHost;
        var dot = host.LastIndexOf('.');
        if (dot < 0 || host.Length - dot - 1 != 2) return null;
        return _countryByDomain.GetValueOrDefault(host[(dot + 1)..].ToLowerInvariant());
    }
}

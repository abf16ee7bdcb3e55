using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Annals.Reading;
using Annals.Understanding.Times;
using NodaTime.Text;

namespace Annals.Events.Aggregation;

/// <summary>Says which coded events are reports of one happening: same source actor, target actor, code, modality and date.</summary>
/// <remarks>
/// An actor is keyed by its CAMEO actor code, else its knowledge-base id, else its lower-cased text, so that
/// "Putin" and "the Kremlin" (both RUSGOV) acting on the same day are one happening, as GDELT counts them.
/// The date is the event's day when the text gives one; otherwise the article's date window: its publication
/// day; an undated article's coarser event date (a month, a year) next; and when nothing dates the event, the
/// article itself (or the original it near-duplicates), because undated reports in unrelated articles cannot be
/// told to be the same happening. Modality is part of the key: a visit reported as done and one announced as
/// planned are not the same fact. Thread-safe.
/// </remarks>
public static class HappeningKey
{
    /// <summary>The key of one coded event.</summary>
    /// <param name="e">The event.</param>
    /// <param name="article">The article that reports it.</param>
    /// <param name="canonicalArticle">The content hash of the article, or of the original it near-duplicates.</param>
    public static string Of(CodedEvent e, Article article, string canonicalArticle)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(article);
        return string.Join('|', e.Code, e.Modality.ToString().ToLowerInvariant(), ActorKey(e.Source), ActorKey(e.Target),
            DateKey(e.Date, article, canonicalArticle));
    }

    /// <summary>The stable id of a key: the first 63 bits of its SHA-256.</summary>
    public static long IdOf(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) & 0x7FFF_FFFF_FFFF_FFFFUL);
    }

    private static string ActorKey(EventActor? a) =>
        a is null ? "-" : a.Actor ?? a.Id ?? a.Text.Trim().ToLowerInvariant();

    private static string DateKey(EventDate date, Article article, string canonicalArticle)
    {
        if (date.Precision == DatePrecision.Day) return date.Value!;
        if (article.Published is { } p) return "published:" + LocalDatePattern.Iso.Format(p.Date);
        if (date.IsKnown) return "about:" + date;
        return "article:" + canonicalArticle;
    }
}

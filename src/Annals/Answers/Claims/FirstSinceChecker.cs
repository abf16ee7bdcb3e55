using Annals.Answers.Trips;
using Annals.Events;
using Annals.Knowledge;
using Annals.Text;
using NodaTime;
using NodaTime.Text;

namespace Annals.Answers.Claims;

/// <summary>
/// Judges an analysed article's first-since claims ("his first trip abroad since the ICC warrant") against the record:
/// the traveller's trips in the travel log and the store between the anchor (the warrant's day) and the article's trip.
/// </summary>
/// <remarks>
/// <para>The article's trip is its asserted visit by the traveller. When the article dates it to a day, that day is used;
/// when it only bounds it ("after the warrant"), the earliest recorded trip to the same country within those bounds is
/// taken as the one reported (the reading most favourable to the claim, said so in the explanation). When neither
/// works, the claim stays unverifiable.</para>
/// <para>Visits to territory the traveller's own state occupies are not "abroad" unless <c>countOccupied</c> is set; the
/// explanation names them either way.</para>
/// Not thread-safe (it reads through a <see cref="TripFinder"/>).
/// </remarks>
public sealed class FirstSinceChecker
{
    private readonly KnowledgeBase _kb;
    private readonly TripFinder _trips;
    private readonly bool _countOccupied;

    /// <summary>Checks against the trips <paramref name="trips"/> finds; <paramref name="countOccupied"/> counts visits to territory the traveller's state occupies as abroad.</summary>
    public FirstSinceChecker(KnowledgeBase kb, TripFinder trips, bool countOccupied = false)
    {
        _kb = kb ?? throw new ArgumentNullException(nameof(kb));
        _trips = trips ?? throw new ArgumentNullException(nameof(trips));
        _countOccupied = countOccupied;
    }

    /// <summary>Replaces each first-since claim of <paramref name="doc"/> by its judged form.</summary>
    public void Check(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        for (var i = 0; i < doc.Claims.Count; i++)
            if (doc.Claims[i].Kind == ClaimKind.FirstSince) doc.Claims[i] = Judge(doc, doc.Claims[i]);
    }

    /// <summary>The claim judged against the record.</summary>
    public Claim Judge(Doc doc, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.SubjectId is not { } personId || claim.Since is not { } anchor)
            return claim with { Explanation = claim.Explanation + " The record cannot be searched without knowing who travelled and since when." };
        var name = _kb.GetPerson(personId)?.Name ?? personId;
        var home = _trips.HomeStates(personId);
        var recorded = _trips.TripsOf(personId, anchor);
        var visit = doc.Events.FirstOrDefault(e => e.Code == "042" && e.Modality == Modality.Asserted && e.Source.Id == personId
            && (e.Location?.Country ?? e.Target?.Country) is { } c && !home.Contains(c));
        if (visit is null)
            return claim with { Explanation = $"A first-since claim about {name}, but the article reports no visit of theirs abroad to place in the record." };
        var country = (visit.Location?.Country ?? visit.Target?.Country)!;
        var countryName = _kb.FindState(country)?.Name ?? country;

        LocalDate tripStart;
        string dating;
        PersonTrip? reported = null;
        if (visit.Date.From is { } day && visit.Date.To == day)
        {
            tripStart = day;
            reported = recorded.FirstOrDefault(t => t.Country == country && t.Start <= day && day <= t.End);
            dating = $"the article dates the visit to {countryName} to {Iso(day)}";
        }
        else
        {
            var from = visit.Date.From ?? anchor;
            var to = visit.Date.To ?? doc.Article.Published?.Date;
            var candidates = recorded.Where(t => t.Country == country && !t.InOwnStatesOccupation && t.Start >= from && (to is not { } u || t.Start <= u)).ToList();
            if (candidates.Count == 0)
            {
                return claim with
                {
                    Explanation = $"A first-since claim about {name}: the article's visit to {countryName} is not dated ({visit.Date}), and the record has no trip of {name} to {countryName} in that range to date it by, so the trips before it cannot be known.",
                };
            }

            reported = candidates[0];
            tripStart = reported.Start;
            dating = candidates.Count == 1
                ? $"the article does not date its visit to {countryName} ({visit.Date}); the record has one trip there in that range, {reported.Label}"
                : $"the article does not date its visit to {countryName} ({visit.Date}); the record has {candidates.Count} trips there in that range, and the earliest, {reported.Label}, is taken as the one reported (a later one would make the earliest a contradiction)";
        }

        var before = recorded.Where(t => t.Start >= anchor && t.Start < tripStart && !ReferenceEquals(t, reported)).ToList();
        var occupied = before.Where(t => t.InOwnStatesOccupation).ToList();
        var abroad = before.Where(t => _countOccupied || !t.InOwnStatesOccupation).ToList();
        var evidence = claim.Evidence.ToList();
        if (reported is not null) evidence.Add(Evidence(reported, $"The record has {name} in {countryName}: {reported.Label}."));
        var occupiedNote = occupied.Count == 0 ? "" :
            $" {(_countOccupied ? "Counted as abroad, as asked" : "Not counted as abroad")}: {string.Join("; ", occupied.Select(t => $"{t.Label}, {t.Occupation!.Territory} of {StateName(t.Country)}, occupied by {StateName(t.Occupation.Occupier)}"))}.";
        var window = $"between {Iso(anchor)} ({AnchorText(claim)}) and {Iso(tripStart)}";
        if (abroad.Count > 0)
        {
            var first = abroad[0];
            evidence.Add(Evidence(first, $"The record has an earlier trip of {name} abroad: {first.Label}."));
            return claim with
            {
                Verdict = Verdict.Contradicted,
                Explanation = $"Contradicted: {dating}; the record has {abroad.Count} earlier trip(s) of {name} abroad {window}, the first {first.Label}.{occupiedNote}",
                Evidence = evidence,
            };
        }

        evidence.AddRange(occupied.Select(t => Evidence(t, $"{name} visited {t.Occupation!.Territory} ({StateName(t.Country)}, occupied by {StateName(t.Occupation.Occupier)}): {t.Label}.")));
        return claim with
        {
            Verdict = Verdict.Supported,
            Explanation = $"Supported: {dating}; the record (travel log{(recorded.Any(t => t.Articles.Count > 0) ? " and stored events" : "")}) has no trip of {name} abroad {window}.{occupiedNote}",
            Evidence = evidence,
        };
    }

    private static string AnchorText(Claim claim) =>
        claim.Evidence.FirstOrDefault(e => e.Id?.StartsWith("warrant:", StringComparison.Ordinal) == true) is { } w ? "the warrant" : "the anchor";

    private string StateName(string iso3) => _kb.FindState(iso3)?.Name ?? iso3;

    private static ClaimEvidence Evidence(PersonTrip trip, string statement) => trip.EventIds.Count > 0
        ? new ClaimEvidence("event", trip.EventIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture), statement,
            string.Join(" | ", trip.Sources.Count > 0 ? trip.Sources : trip.Articles.Select(a => $"article:{a}")))
        : new ClaimEvidence("fact", $"trip:{trip.PersonId}:{trip.Country}:{Iso(trip.Start)}", statement, string.Join(" | ", trip.Sources));

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
}

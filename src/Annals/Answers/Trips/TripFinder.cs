using System.Text.RegularExpressions;
using Annals.Events;
using Annals.Knowledge;
using Annals.Store;
using NodaTime;

namespace Annals.Answers.Trips;

/// <summary>
/// Trips abroad of a person from the knowledge base's travel log and the visits stored in an event store, with the
/// host's Rome Statute standing that day and whether it was bound to arrest the traveller.
/// </summary>
/// <remarks>
/// <para>A stored trip is an asserted, day-dated visit (CAMEO 042) whose source is the person, or an asserted hosting
/// (043) whose target is the person; planned or expected visits, visits by video link, a host's own hosting and visits
/// within the traveller's own state are not trips. Consecutive days in one country make one trip; a stored trip that
/// overlaps a travel-log trip to the same country merges with it, keeping both the articles and the log's sources.</para>
/// <para>A place in territory occupied on that day is listed under the state it belongs to in international law, marked
/// with its occupier; it is never <c>boundToArrest</c> when the occupier is the traveller's own state.</para>
/// Not thread-safe when it holds a store (stores are used by one thread at a time).
/// </remarks>
public sealed partial class TripFinder
{
    private readonly KnowledgeBase _kb;
    private readonly IEventStore? _store;

    /// <summary>Finds trips in the travel log and, when <paramref name="store"/> is given, in the stored events.</summary>
    public TripFinder(KnowledgeBase kb, IEventStore? store = null)
    {
        _kb = kb ?? throw new ArgumentNullException(nameof(kb));
        _store = store;
    }

    /// <summary>Trips of <paramref name="personId"/> that overlap [<paramref name="since"/>, <paramref name="until"/>], oldest first.</summary>
    public IReadOnlyList<PersonTrip> TripsOf(string personId, LocalDate? since = null, LocalDate? until = null)
    {
        ArgumentNullException.ThrowIfNull(personId);
        var home = HomeStates(personId);
        var trips = _kb.TripsOf(personId).Select(t => new PersonTrip
        {
            PersonId = personId, Country = t.Iso3, Start = t.Start, End = t.End, Places = t.Places,
            Sources = _kb.ResolveSources(t.Source), Occasion = t.Occasion, Confidence = t.Confidence,
        }).ToList();

        foreach (var stored in StoredTrips(personId, home))
        {
            bool Overlaps(PersonTrip t) => t.InTravelLog && t.Country == stored.Country
                && stored.Start <= t.End.PlusDays(1) && stored.End >= t.Start.PlusDays(-1);
            // Two log trips can share a day in one country (Sevastopol and Mariupol): the one naming the place wins.
            var i = trips.FindIndex(t => Overlaps(t) && t.Places.Intersect(stored.Places, StringComparer.OrdinalIgnoreCase).Any());
            if (i < 0) i = trips.FindIndex(Overlaps);
            trips.Add(i < 0 ? stored : Merge(trips[i], stored));
            if (i >= 0) trips.RemoveAt(i);
        }

        return trips
            .Where(t => (since is not { } s || t.End >= s) && (until is not { } u || t.Start <= u))
            .Select(t => WithStanding(t, home))
            .OrderBy(t => t.Start).ThenBy(t => t.Country, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every trip, since the first arrest warrant, of every person under an ICC arrest warrant; people in warrant order.</summary>
    public IReadOnlyList<(Person Person, IReadOnlyList<PersonTrip> Trips)> WarrantReport()
    {
        var result = new List<(Person, IReadOnlyList<PersonTrip>)>();
        foreach (var w in _kb.Warrants.Where(w => w.FirstArrestWarrant is not null).DistinctBy(w => w.PersonId))
        {
            if (_kb.GetPerson(w.PersonId) is not { } person) continue;
            var trips = TripsOf(person.Id, w.FirstArrestWarrant);
            if (trips.Count > 0) result.Add((person, trips));
        }

        return result;
    }

    /// <summary>The states whose territory is "home" for the person: those they led or serve, and their nationality.</summary>
    public IReadOnlySet<string> HomeStates(string personId)
    {
        ArgumentNullException.ThrowIfNull(personId);
        var home = new HashSet<string>(StringComparer.Ordinal);
        if (_kb.GetPerson(personId) is { } person)
            foreach (var p in person.Positions) home.Add(p.Iso3);
        foreach (var w in _kb.WarrantsFor(personId))
            if (w.NationalityIso3 is { } n) home.Add(n);
        return home;
    }

    private PersonTrip WithStanding(PersonTrip trip, IReadOnlySet<string> home)
    {
        var on = trip.Start;
        var occupation = _kb.OccupationOf(trip.Country, trip.Places, on);
        var warrants = _kb.WarrantsFor(trip.PersonId).Where(w => w.IsInForceOn(on)).ToList();
        var party = _kb.FindState(trip.Country) is not null && _kb.RomeStatuteOn(trip.Country, on).IsParty;
        var ownOccupation = occupation is not null && home.Contains(occupation.Occupier);
        return trip with
        {
            Occupation = occupation, RomeStatuteParty = party, Warrants = warrants, InOwnStatesOccupation = ownOccupation,
            // The occupier controls the territory; the host state cannot act there, so there is no duty it could fail.
            BoundToArrest = warrants.Count > 0 && party && !ownOccupation,
        };
    }

    private static PersonTrip Merge(PersonTrip log, PersonTrip stored) => log with
    {
        Start = log.Start < stored.Start ? log.Start : stored.Start,
        End = log.End > stored.End ? log.End : stored.End,
        Places = log.Places.Concat(stored.Places).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        Articles = stored.Articles,
        EventIds = stored.EventIds,
    };

    private List<PersonTrip> StoredTrips(string personId, IReadOnlySet<string> home)
    {
        if (_store is null) return [];
        var visits = new List<PersonTrip>();
        foreach (var e in _store.Events(new EventQuery { Actor = personId, Modality = Modality.Asserted }))
        {
            string? country;
            if (e.Code == "042" && e.Source.Id == personId) country = e.Location?.Country ?? e.Target?.Country;
            else if (e.Code == "043" && e.Target?.Id == personId) country = e.Location?.Country ?? e.Source.Country;
            else continue;
            // Only a dated day says when the traveller was there; "attended by video link" says they were not.
            if (e.Date.From is not { } day || e.Date.To != day || Remote().IsMatch(e.Evidence)) continue;
            var place = e.Location?.Name;
            if (place is not null && _kb.OccupationCovering(place, day) is { } occupied) country = occupied.Iso3;
            if (country is null || home.Contains(country)) continue;
            visits.Add(new PersonTrip
            {
                PersonId = personId, Country = country, Start = day, End = day,
                Places = place is null || string.Equals(place, _kb.FindState(country)?.Name, StringComparison.OrdinalIgnoreCase) ? [] : [place],
                Articles = e.Articles, EventIds = [e.Id],
            });
        }

        // Consecutive days in one country are one trip.
        var trips = new List<PersonTrip>();
        foreach (var v in visits.OrderBy(v => v.Country, StringComparer.Ordinal).ThenBy(v => v.Start))
        {
            if (trips.Count > 0 && trips[^1].Country == v.Country && v.Start <= trips[^1].End.PlusDays(1))
            {
                var last = trips[^1];
                trips[^1] = last with
                {
                    End = v.End > last.End ? v.End : last.End,
                    Places = last.Places.Concat(v.Places).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    Articles = last.Articles.Concat(v.Articles).Distinct(StringComparer.Ordinal).ToList(),
                    EventIds = last.EventIds.Concat(v.EventIds).Distinct().ToList(),
                };
            }
            else
            {
                trips.Add(v);
            }
        }

        return trips;
    }

    [GeneratedRegex(@"\b(?:by|via|over)\s+(?:a\s+)?video(?:\s*link|\s*conference|\s*call)?\b|\bvideo\s*conference\b|\bvirtually\b|\bremotely\b", RegexOptions.IgnoreCase)]
    private static partial Regex Remote();
}

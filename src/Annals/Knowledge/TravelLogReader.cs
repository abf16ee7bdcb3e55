namespace Annals.Knowledge;

/// <summary>Reads the travel log and the occupations table; both are optional, so partial data sets (tests) still load.</summary>
internal static class TravelLogReader
{
    internal static List<Trip> ReadTrips(IKnowledgeSource source, HashSet<string> known)
    {
        var trips = new List<Trip>();
        foreach (var row in OptionalRows(source, KnowledgeFiles.Travel))
        {
            var iso3 = row.Required("iso3");
            if (!known.Contains(iso3)) throw row.Fail("K006", $"iso3 '{iso3}' is not in {KnowledgeFiles.States}");
            var start = row.Date("start") ?? throw row.Fail("K004", "a trip needs a start");
            var end = row.Date("end") ?? start;
            if (end < start) throw row.Fail("K004", "a trip cannot end before it starts");
            trips.Add(new Trip
            {
                PersonId = row.Required("person_id"), Iso3 = iso3, Start = start, End = end, Places = row.List("places"),
                Occasion = row.Cell("occasion"), Source = row.Required("source"), Confidence = row.Required("confidence"),
            });
        }

        return trips;
    }

    internal static List<Occupation> ReadOccupations(IKnowledgeSource source, HashSet<string> known)
    {
        var result = new List<Occupation>();
        foreach (var row in OptionalRows(source, KnowledgeFiles.Occupations))
        {
            var iso3 = row.Required("iso3");
            var occupier = row.Required("occupier");
            if (!known.Contains(iso3) || !known.Contains(occupier)) throw row.Fail("K006", $"'{iso3}' or '{occupier}' is not in {KnowledgeFiles.States}");
            result.Add(new Occupation
            {
                Iso3 = iso3, Territory = row.Required("territory"), Occupier = occupier,
                Since = row.Date("since") ?? throw row.Fail("K004", "an occupation needs a start"), Until = row.Date("until"),
                Places = row.List("places"), Source = row.Required("source"), Confidence = row.Required("confidence"),
            });
        }

        return result;
    }

    private static IEnumerable<TsvRow> OptionalRows(IKnowledgeSource source, string file)
    {
        var reader = TryOpen(source, file);
        if (reader is null) yield break;
        using (reader)
        {
            foreach (var row in new TsvReader(reader, file).Rows()) yield return row;
        }
    }

    private static TextReader? TryOpen(IKnowledgeSource source, string file)
    {
        try
        {
            return source.Open(file);
        }
        catch (KnowledgeDataException missing) when (missing.Code == "K005")
        {
            return null;
        }
    }
}

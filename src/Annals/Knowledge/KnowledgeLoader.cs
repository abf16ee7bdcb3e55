using System.Globalization;
using NodaTime;

namespace Annals.Knowledge;

/// <summary>Reads and cross-checks the data files; the only place that knows their columns.</summary>
internal static class KnowledgeLoader
{
    internal static LoadedData Load(IKnowledgeSource source)
    {
        var sources = ReadSources(source);
        var asOf = ReadAsOf(source);
        var (states, statesByKey) = ReadStates(source);
        var known = states.Select(s => s.Iso3).ToHashSet(StringComparer.Ordinal);
        var romeStatute = ReadRomeStatute(source, known);
        var (orgs, orgsByKey) = ReadOrganizations(source, known);
        var memberships = ReadMemberships(source, known, orgs.Select(o => o.Id).ToHashSet(StringComparer.Ordinal));
        var positions = ReadLeaders(source, known, out var leaderRows);
        var warrants = ReadWarrants(source, known);
        var (people, peopleByKey) = BuildPeople(positions, leaderRows, warrants);
        // The GeoNames tables are most of the data: read on first use, so loading stays fast for callers that never need them.
        var geo = new Lazy<(IReadOnlyList<Place>, IReadOnlyList<AdminDivision>)>(() => ReadGeoNames(source, known, states));
        var villages = new Lazy<VillageTable>(() => VillageTable.Read(source, Iso2ByIso3(states)));
        var regions = ReadRegions(source, states);
        return new LoadedData
        {
            VersionId = source.VersionId, AsOf = asOf, Sources = sources, States = states, StatesByKey = statesByKey,
            RomeStatute = romeStatute, People = people, PeopleByKey = peopleByKey, Organizations = orgs, OrgsByKey = orgsByKey,
            Memberships = memberships, Warrants = warrants, GeoNames = geo, Villages = villages, Regions = regions,
            Trips = TravelLogReader.ReadTrips(source, known), Occupations = TravelLogReader.ReadOccupations(source, known),
        };
    }

    private static IEnumerable<TsvRow> Rows(IKnowledgeSource source, string file) => source.ReadTsv(file);

    private static Dictionary<string, SourceRef> ReadSources(IKnowledgeSource source)
    {
        var result = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var row in Rows(source, KnowledgeFiles.Sources))
        {
            var s = new SourceRef { Id = row.Required("id"), Title = row.Required("title"), Url = row.Optional("url"), Licence = row.Required("licence") };
            if (!result.TryAdd(s.Id, s))
            {
                throw row.Fail("K007", $"source id '{s.Id}' is defined twice");
            }
        }

        return result;
    }

    private static LocalDate ReadAsOf(IKnowledgeSource source)
    {
        foreach (var row in Rows(source, KnowledgeFiles.Meta))
        {
            if (row.Required("key") == "as_of")
            {
                return row.Date("value") ?? throw row.Fail("K004", "as_of needs a value");
            }
        }

        throw new KnowledgeDataException("K004", KnowledgeFiles.Meta, 0, "no as_of row");
    }

    private static (List<State>, Dictionary<string, State>) ReadStates(IKnowledgeSource source)
    {
        var states = new List<State>();
        foreach (var row in Rows(source, KnowledgeFiles.States))
        {
            states.Add(new State
            {
                Iso3 = row.Required("iso3"), Iso2 = row.Optional("iso2"), CameoCode = row.Required("cameo"), Name = row.Required("name"),
                OfficialName = row.Required("official_name"), Aliases = row.List("aliases"), Adjectives = row.List("adjectives"),
                Demonyms = row.List("demonyms"), Capital = row.Optional("capital"), CapitalLat = row.Double("capital_lat"),
                CapitalLon = row.Double("capital_lon"), SeatsOfPower = row.List("seats_of_power"),
                Status = row.Required("status") switch
                {
                    "un_member" => StateStatus.UnMember,
                    "un_observer" => StateStatus.UnObserver,
                    "territory" => StateStatus.Territory,
                    var other => throw row.Fail("K004", $"unknown status '{other}'"),
                },
                ParentIso3 = row.Optional("parent_iso3"), Confidence = row.Required("confidence"), Source = row.List("source"),
            });
        }

        // Codes win over names, and sovereign states over territories, when two claim the same key.
        var byKey = new Dictionary<string, State>(StringComparer.Ordinal);
        var ordered = states.OrderBy(s => s.Status).ToList();
        foreach (var s in ordered)
        {
            if (!byKey.TryAdd(NameKey.Of(s.Iso3), s))
            {
                throw new KnowledgeDataException("K007", KnowledgeFiles.States, 0, $"iso3 '{s.Iso3}' appears twice");
            }
        }

        foreach (var s in ordered)
        {
            foreach (var code in new[] { s.Iso2, s.CameoCode })
            {
                if (code is not null)
                {
                    byKey.TryAdd(NameKey.Of(code), s);
                }
            }
        }

        foreach (var s in ordered)
        {
            foreach (var name in s.Aliases.Prepend(s.OfficialName).Prepend(s.Name))
            {
                byKey.TryAdd(NameKey.Of(name), s);
            }
        }

        return (states, byKey);
    }

    private static string KnownState(TsvRow row, string column, HashSet<string> known)
    {
        var iso3 = row.Required(column);
        return known.Contains(iso3) ? iso3 : throw row.Fail("K006", $"{column} '{iso3}' is not in {KnowledgeFiles.States}");
    }

    private static Dictionary<string, RomeStatuteRow> ReadRomeStatute(IKnowledgeSource source, HashSet<string> known)
    {
        var result = new Dictionary<string, RomeStatuteRow>(StringComparer.Ordinal);
        foreach (var row in Rows(source, KnowledgeFiles.RomeStatute))
        {
            var r = new RomeStatuteRow(
                KnownState(row, "iso3", known), row.Date("signed"), row.Date("ratified_or_acceded"), row.Date("entry_into_force"),
                row.Date("withdrawal_notified"), row.Date("withdrawal_effective"), row.Date("signature_withdrawn"),
                row.Required("confidence"), row.Required("source"));
            if (!result.TryAdd(r.Iso3, r))
            {
                throw row.Fail("K007", $"state '{r.Iso3}' appears twice");
            }
        }

        return result;
    }

    private static (List<Organization>, Dictionary<string, Organization>) ReadOrganizations(IKnowledgeSource source, HashSet<string> known)
    {
        var orgs = new List<Organization>();
        var byKey = new Dictionary<string, Organization>(StringComparer.Ordinal);
        foreach (var row in Rows(source, KnowledgeFiles.Organizations))
        {
            var ledBy = row.Optional("led_by");
            if (ledBy is not null && !known.Contains(ledBy))
            {
                throw row.Fail("K006", $"led_by '{ledBy}' is not in {KnowledgeFiles.States}");
            }

            var org = new Organization
            {
                Id = row.Required("id"), Name = row.Required("name"), Aliases = row.List("aliases"), CameoCode = row.Required("cameo"),
                LedBy = ledBy, LedBySource = row.Optional("led_by_source"), Source = row.Required("source"),
            };
            if (!byKey.TryAdd(NameKey.Of(org.Id), org))
            {
                throw row.Fail("K007", $"organisation '{org.Id}' appears twice");
            }

            orgs.Add(org);
        }

        foreach (var org in orgs)
        {
            foreach (var name in org.Aliases.Prepend(org.Name))
            {
                byKey.TryAdd(NameKey.Of(name), org);
            }
        }

        return (orgs, byKey);
    }

    private static List<Membership> ReadMemberships(IKnowledgeSource source, HashSet<string> known, HashSet<string> orgIds)
    {
        var result = new List<Membership>();
        foreach (var row in Rows(source, KnowledgeFiles.Memberships))
        {
            var org = row.Required("org");
            if (!orgIds.Contains(org))
            {
                throw row.Fail("K006", $"org '{org}' is not in {KnowledgeFiles.Organizations}");
            }

            var memberOrg = row.Optional("member_org");
            if (memberOrg is not null && !orgIds.Contains(memberOrg))
            {
                throw row.Fail("K006", $"member_org '{memberOrg}' is not in {KnowledgeFiles.Organizations}");
            }

            result.Add(new Membership
            {
                OrgId = org, Iso3 = memberOrg is null ? KnownState(row, "iso3", known) : string.Empty, MemberOrgId = memberOrg,
                Status = row.Required("status"), Since = row.PartialDate("since"), Until = row.PartialDate("until"),
                Confidence = row.Required("confidence"), Notes = row.Optional("notes"), Source = row.Required("source"),
            });
        }

        return result;
    }

    private static List<Position> ReadLeaders(IKnowledgeSource source, HashSet<string> known, out List<(string Id, string Name, IReadOnlyList<string> Aliases)> people)
    {
        var positions = new List<Position>();
        people = [];
        foreach (var row in Rows(source, KnowledgeFiles.Leaders))
        {
            var position = new Position
            {
                PersonId = row.Required("person_id"), Iso3 = KnownState(row, "iso3", known),
                Role = row.Required("role") switch
                {
                    "head_of_state" => LeaderRole.HeadOfState,
                    "head_of_government" => LeaderRole.HeadOfGovernment,
                    var other => throw row.Fail("K004", $"unknown role '{other}'"),
                },
                Office = row.Required("office"), Since = row.Date("since"), Until = row.Date("until"), Acting = row.YesNo("acting"),
                DeFacto = row.YesNo("de_facto"), Confidence = row.Required("confidence"), Notes = row.Optional("notes"),
                IsNominal = IsNominalOffice(row.Optional("notes")), Source = row.Required("source"),
            };
            if (position.Since is { } s && position.Until is { } u && u < s)
            {
                throw row.Fail("K004", $"until {u} is before since {s}");
            }

            positions.Add(position);
            people.Add((position.PersonId, row.Required("person"), row.List("aliases")));
        }

        return positions;
    }

    // leaders.tsv's notes say where an office is held in name only: "represented by Governor-General", "ex officio as ...".
    private static bool IsNominalOffice(string? notes) =>
        notes is not null && (notes.Contains("represented by", StringComparison.OrdinalIgnoreCase) || notes.Contains("ex officio", StringComparison.OrdinalIgnoreCase));

    private static List<Warrant> ReadWarrants(IKnowledgeSource source, HashSet<string> known)
    {
        var result = new List<Warrant>();
        foreach (var row in Rows(source, KnowledgeFiles.Warrants))
        {
            var nationality = row.Optional("nationality_iso3");
            if (nationality is not null && !known.Contains(nationality))
            {
                throw row.Fail("K006", $"nationality_iso3 '{nationality}' is not in {KnowledgeFiles.States}");
            }

            var instruments = row.List("instrument");
            var issued = row.Dates("issued");
            if (instruments.Count == 0 || issued.Count == 0 || (instruments.Count > 1 && instruments.Count != issued.Count))
            {
                throw row.Fail("K004", "instrument and issued must be non-empty and, when several instruments, paired one to one");
            }

            result.Add(new Warrant
            {
                PersonId = row.Required("person_id"), PersonName = row.Required("person"), Aliases = row.List("aliases"),
                NationalityIso3 = nationality, Position = row.Cell("position"), Court = row.Required("court"),
                Situation = row.Required("situation"), Instrument = row.Required("instrument"), Instruments = instruments, Issued = issued,
                Charges = row.Cell("charges"), Status = row.Required("status"), StatusDate = row.PartialDate("status_date"),
                Ended = row.Date("ended"), EndedConfidence = row.Optional("ended_confidence"), Source = row.Required("source"),
            });
        }

        return result;
    }

    private static (List<Person>, Dictionary<string, Person>) BuildPeople(
        List<Position> positions, List<(string Id, string Name, IReadOnlyList<string> Aliases)> leaderRows, List<Warrant> warrants)
    {
        var names = new Dictionary<string, (string Name, List<string> Aliases)>(StringComparer.Ordinal);
        foreach (var (id, name, aliases) in leaderRows)
        {
            if (!names.TryGetValue(id, out var entry))
            {
                names[id] = entry = (name, []);
            }

            AddDistinct(entry.Aliases, aliases, entry.Name);
        }

        foreach (var w in warrants)
        {
            if (!names.TryGetValue(w.PersonId, out var entry))
            {
                names[w.PersonId] = entry = (w.PersonName, []);
            }

            AddDistinct(entry.Aliases, w.Aliases.Prepend(w.PersonName), entry.Name);
        }

        var positionsById = positions.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Since ?? LocalDate.MinIsoValue).ToArray());
        var warrantSources = warrants.GroupBy(w => w.PersonId).ToDictionary(g => g.Key, g => g.Select(w => w.Source));
        var people = names
            .Select(kv => new Person
            {
                Id = kv.Key, Name = kv.Value.Name, Aliases = kv.Value.Aliases,
                Positions = positionsById.TryGetValue(kv.Key, out var p) ? p : [],
                Source = (p ?? []).Select(x => x.Source).Concat(warrantSources.GetValueOrDefault(kv.Key) ?? [])
                    .SelectMany(s => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    .Distinct(StringComparer.Ordinal).ToArray(),
            })
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        // Names before aliases, and recent office holders before older ones, when two people share a key.
        var byKey = new Dictionary<string, Person>(StringComparer.Ordinal);
        var recentFirst = people.OrderByDescending(p => p.Positions.Count == 0 ? LocalDate.MinIsoValue : p.Positions[^1].Since ?? LocalDate.MinIsoValue).ToList();
        foreach (var p in recentFirst)
        {
            byKey.TryAdd(NameKey.Of(p.Name), p);
        }

        foreach (var p in recentFirst)
        {
            foreach (var alias in p.Aliases)
            {
                byKey.TryAdd(NameKey.Of(alias), p);
            }
        }

        return (people, byKey);
    }

    private static void AddDistinct(List<string> target, IEnumerable<string> values, string name)
    {
        foreach (var v in values)
        {
            if (!string.Equals(v, name, StringComparison.OrdinalIgnoreCase) && !target.Contains(v, StringComparer.OrdinalIgnoreCase))
            {
                target.Add(v);
            }
        }
    }

    private static (IReadOnlyList<Place>, IReadOnlyList<AdminDivision>) ReadGeoNames(IKnowledgeSource source, HashSet<string> known, IReadOnlyList<State> states)
    {
        var reader = new PlaceTableReader(known);
        var abbreviations = source.ReadTsv(KnowledgeFiles.AdminAbbreviations)
            .ToDictionary(row => row.Required("code"), row => (IReadOnlyList<string>)[.. row.List("abbreviations"), .. row.List("residents")], StringComparer.Ordinal);
        var admins = reader.ReadAdminDivisions(source, abbreviations, out var byCode);
        return (reader.ReadPlaces(source, Iso2ByIso3(states), byCode), admins);
    }

    private static Dictionary<string, string> Iso2ByIso3(IReadOnlyList<State> states) =>
        states.Where(s => s.Iso2 is not null).ToDictionary(s => s.Iso3, s => s.Iso2!, StringComparer.Ordinal);

    // A region is placed at the mean of its states' capitals: a point news maps can show, derived, not stored,
    // unless its source gives one (a continent's capitals average to a point far from its middle).
    private static List<Region> ReadRegions(IKnowledgeSource source, IReadOnlyList<State> states)
    {
        var byIso3 = states.ToDictionary(s => s.Iso3, StringComparer.Ordinal);
        var result = new List<Region>();
        foreach (var row in Rows(source, KnowledgeFiles.Regions))
        {
            var members = row.List("states");
            var capitals = new List<State>();
            foreach (var iso3 in members)
            {
                if (!byIso3.TryGetValue(iso3, out var state)) throw row.Fail("K006", $"state '{iso3}' is not in {KnowledgeFiles.States}");
                if (state.CapitalLat is not null && state.CapitalLon is not null) capitals.Add(state);
            }
            var name = row.Required("name");
            var (lat, lon) = row.HasColumn("lat") && row.Double("lat") is { } givenLat && row.Double("lon") is { } givenLon ? (givenLat, givenLon)
                : capitals.Count == 0 ? ((double?)null, (double?)null)
                : (Math.Round(capitals.Average(c => c.CapitalLat!.Value), 4), Math.Round(capitals.Average(c => c.CapitalLon!.Value), 4));
            result.Add(new Region
            {
                Id = "region:" + NameKey.Of(name).Replace(' ', '-'),
                Name = name,
                Aliases = row.List("aliases"),
                States = members,
                Lat = lat,
                Lon = lon,
                Source = row.Required("source"),
            });
        }

        return result;
    }
}

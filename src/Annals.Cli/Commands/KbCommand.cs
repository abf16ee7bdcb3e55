using System.CommandLine;
using Annals.Knowledge;
using Annals.Output;
using NodaTime;
using NodaTime.Text;

namespace Annals.Cli.Commands;

/// <summary><c>annals kb state|person|org|warrants</c>: looks up the knowledge base on a date.</summary>
internal static class KbCommand
{
    public static Command Create(CliConsole console, CliServices services)
    {
        var kb = new Command("kb", "Look up the knowledge base: a state, person, organisation or the ICC warrants, on a date");
        kb.Subcommands.Add(Lookup(console, services, "state", "A state's Rome Statute standing, memberships and leaders (CODE: ISO alpha-2/alpha-3 or a name)",
            (k, q) => k.FindState(q), (w, k, s, on) => KnowledgeJson.WriteState(w, k, s, on), WriteState));
        kb.Subcommands.Add(Lookup(console, services, "person", "A person's offices and ICC warrants",
            (k, q) => k.FindPerson(q) ?? k.GetPerson(q), (w, k, p, on) => KnowledgeJson.WritePerson(w, k, p, on), WritePerson));
        kb.Subcommands.Add(Lookup(console, services, "org", "An organisation, who leads it, and its members",
            (k, q) => k.FindOrganization(q), (w, k, o, on) => KnowledgeJson.WriteOrganization(w, k, o, on), WriteOrganization));
        kb.Subcommands.Add(Warrants(console, services));
        return kb;
    }

    private static Command Lookup<T>(CliConsole console, CliServices services, string name, string description,
        Func<KnowledgeBase, string, T?> find, Action<System.Text.Json.Utf8JsonWriter, KnowledgeBase, T, LocalDate> json,
        Action<TextWriter, KnowledgeBase, T, LocalDate> text) where T : class
    {
        var query = new Argument<string>(name == "state" ? "code" : "name") { Description = "What to look up" };
        var on = OnOption();
        var asJson = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command(name, description) { query, on, asJson };
        command.SetAction(parse =>
        {
            var k = services.Knowledge;
            var date = ParseOn(parse.GetValue(on), k);
            var q = parse.GetValue(query)!;
            if (find(k, q) is not { } found)
            {
                console.Error.WriteLine($"annals: kb {name}: nothing in the knowledge base is called '{q}'");
                return ExitCodes.InputFailed;
            }
            if (parse.GetValue(asJson)) AnalyzeCommand.WriteJsonLine(console.Out, w => json(w, k, found, date));
            else text(console.Out, k, found, date);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Warrants(CliConsole console, CliServices services)
    {
        var on = OnOption();
        var all = new Option<bool>("--all") { Description = "Every warrant, summons and application, not only arrest warrants in force on the date" };
        var asJson = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("warrants", "ICC arrest warrants in force on a date") { on, all, asJson };
        command.SetAction(parse =>
        {
            var k = services.Knowledge;
            var date = ParseOn(parse.GetValue(on), k);
            var list = parse.GetValue(all) ? k.Warrants : k.WarrantsInForceOn(date);
            if (parse.GetValue(asJson))
            {
                AnalyzeCommand.WriteJsonLine(console.Out, w => KnowledgeJson.WriteWarrants(w, k, list, date));
                return ExitCodes.Ok;
            }
            console.Out.WriteLine($"{list.Count} {(parse.GetValue(all) ? "warrants, summonses and applications" : $"ICC arrest warrants in force on {Iso(date)}")} (knowledge base as of {Iso(k.AsOf)})");
            foreach (var w in list)
                console.Out.WriteLine($"  {w.PersonName,-36} {w.Situation,-26} issued {string.Join(", ", w.Issued.Select(Iso))}  {w.Status.Replace('_', ' ')}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> OnOption() => new("--on") { Description = "The date to answer for (YYYY-MM-DD); default: the knowledge base's as-of date" };

    private static LocalDate ParseOn(string? value, KnowledgeBase kb)
    {
        if (value is null) return kb.AsOf;
        var parsed = LocalDatePattern.Iso.Parse(value);
        return parsed.Success ? parsed.Value : throw new UsageException($"--on: {Diagnostics.ErrorCodes.BadDate} '{value}' is not a date such as 2023-10-12");
    }

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    private static string Iso(LocalDate? d) => d is { } x ? Iso(x) : "-";

    private static void WriteState(TextWriter o, KnowledgeBase kb, State s, LocalDate on)
    {
        var rs = kb.RomeStatuteOn(s.Iso3, on);
        o.WriteLine($"{s.Name} ({s.Iso3}/{s.Iso2}), on {Iso(on)}");
        o.WriteLine($"  Rome Statute: {rs.Status.ToString().ToLowerInvariant()}{(rs.IsSignatureWithdrawn ? " (signature withdrawn " + Iso(rs.SignatureWithdrawn) + ")" : "")}; signed {Iso(rs.Signed)}, ratified {Iso(rs.Ratified)}, in force {Iso(rs.InForce)}, withdrawal effective {Iso(rs.WithdrawalEffective)}");
        o.WriteLine($"  Bound to arrest on ICC warrants: {(rs.IsParty ? "yes" : "no")}");
        foreach (var p in kb.HeadsOfStateOn(s.Iso3, on)) o.WriteLine($"  Head of state: {kb.GetPerson(p.PersonId)?.Name} ({p.Office}, since {Iso(p.Since)})");
        foreach (var p in kb.HeadsOfGovernmentOn(s.Iso3, on)) o.WriteLine($"  Head of government: {kb.GetPerson(p.PersonId)?.Name} ({p.Office}, since {Iso(p.Since)})");
        var orgs = kb.MembershipsOn(s.Iso3, on).Where(m => m.IsMember).Select(m => m.OrgId);
        o.WriteLine($"  Member of: {string.Join(", ", orgs)}");
    }

    private static void WritePerson(TextWriter o, KnowledgeBase kb, Person p, LocalDate on)
    {
        o.WriteLine($"{p.Name} ({p.Id}), on {Iso(on)}");
        foreach (var pos in p.Positions.OrderBy(x => x.Since))
            o.WriteLine($"  {pos.Office} of {pos.Iso3}: {Iso(pos.Since)} to {Iso(pos.Until)}{(pos.IsHeldOn(on) ? "  (held on that date)" : "")}");
        foreach (var w in kb.WarrantsFor(p.Id))
            o.WriteLine($"  {w.Court} {w.Instrument}, issued {string.Join(", ", w.Issued.Select(Iso))}: {w.Charges}; {(w.IsInForceOn(on) ? "in force" : "not in force")} on {Iso(on)} (status {w.Status.Replace('_', ' ')})");
    }

    private static void WriteOrganization(TextWriter o, KnowledgeBase kb, Organization org, LocalDate on)
    {
        o.WriteLine($"{org.Name} ({org.Id}), on {Iso(on)}{(org.LedBy is { } l ? $"; led by {kb.FindState(l)?.Name ?? l}" : "")}");
        var members = kb.MembersOn(org.Id, on).Where(m => m.IsMember).Select(m => string.IsNullOrEmpty(m.Iso3) ? m.MemberOrgId : m.Iso3);
        o.WriteLine($"  Members: {string.Join(", ", members)}");
    }
}

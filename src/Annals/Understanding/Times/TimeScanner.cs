using System.Globalization;
using Annals.Text;
using NodaTime;
using NodaTime.Text;

namespace Annals.Understanding.Times;

/// <summary>Finds and resolves the time expressions of one document, left to right, longest rule first.</summary>
/// <remarks>Created per document; holds that document's state (the last day mentioned, for "the next day").</remarks>
internal sealed class TimeScanner
{
    private readonly Doc _doc;
    private readonly TokenData[] _t;
    private readonly TimeOptions _options;
    private readonly LocalDate? _anchor;
    private string? _anchorLabel;
    // The last date mentioned at each precision from day to year, with its order: "that year" after
    // "In 1998 ... on Oct. 3" may use either; "the next day" only the day.
    private readonly (int Order, LocalDate Date)[] _recent = new (int, LocalDate)[5];
    private int _order;

    public TimeScanner(Doc doc, TimeOptions options)
    {
        _doc = doc;
        _t = doc.TokenData;
        _options = options;
        _anchor = doc.Article.Published?.Date;
    }

    public void Run()
    {
        var i = 0;
        while (i < _t.Length)
        {
            if (CanOpen(i) && (TryCompound(i, out var match) || TryBase(i, out match)))
            {
                Emit(match);
                i = match.End;
            }
            else
            {
                i++;
            }
        }
    }

    private bool CanOpen(int i)
    {
        ref readonly var token = ref _t[i];
        return token.Kind switch
        {
            TokenKind.Number => true,
            TokenKind.Punctuation => token.Norm == "'",
            TokenKind.Word => TimeLexicon.MayOpen(token.Norm),
            _ => false,
        };
    }

    private void Emit(TimeMatch match)
    {
        _doc.Times.Add(ToMention(match));
        var last = match.Parts is { Length: > 0 } parts ? parts[^1].Date : match.Date;
        if (last.Precision <= DatePrecision.Year && last.From is { } from) _recent[(int)last.Precision] = (++_order, from);
    }

    private TimeMention ToMention(TimeMatch m)
    {
        var start = _t[m.First].Start;
        var end = _t[m.End - 1].End;
        return new TimeMention
        {
            Range = new TextRange(start, end),
            Text = _doc.Text[start..end],
            Date = m.Date,
            IsRelative = m.Relative,
            Rule = m.Rule,
            Reference = m.Reference,
            Parts = m.Parts is null ? [] : Array.ConvertAll(m.Parts, ToMention),
        };
    }

    // ---- token helpers -------------------------------------------------------------------------

    private string N(int i) => (uint)i < (uint)_t.Length ? _t[i].Norm : "";

    private bool Cap(int i) => (uint)i < (uint)_t.Length && _t[i].Text.Length > 0 && char.IsUpper(_t[i].Text[0]);

    private bool IsWord(int i) => (uint)i < (uint)_t.Length && _t[i].Kind == TokenKind.Word;

    private bool Joined(int i) => i + 1 < _t.Length && _t[i].End == _t[i + 1].Start;

    private bool IsSentenceStart(int i) =>
        (uint)i < (uint)_t.Length && (i == 0 || _doc.SentenceOfToken(i) is var s and >= 0 && _doc.Sentence(s).FirstToken == i);

    /// <summary>Says that a date was read against the publication date; made when first needed, as most articles need none.</summary>
    private string? AnchorLabel => _anchor is { } a ? _anchorLabel ??= "published " + LocalDatePattern.Iso.Format(a) : null;

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return false;
        foreach (var c in s)
            if (c is < '0' or > '9') return false;
        return true;
    }

    private bool TryInt(int i, out int value)
    {
        value = 0;
        if ((uint)i >= (uint)_t.Length || _t[i].Kind != TokenKind.Number) return false;
        var s = _t[i].Norm;
        return s.Length <= 6 && AllDigits(s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A day of the month: 1–31, optionally with an ordinal suffix (12th).</summary>
    private bool TryDay(int i, out int day)
    {
        day = 0;
        if ((uint)i >= (uint)_t.Length || _t[i].Kind != TokenKind.Number) return false;
        var s = _t[i].Norm.AsSpan();
        if (s.Length > 2 && s[^2..] is "st" or "nd" or "rd" or "th") s = s[..^2];
        if (s.Length is < 1 or > 2 || !AllDigits(s)) return false;
        day = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    private bool TryYear(int i, out int year)
    {
        year = 0;
        if ((uint)i >= (uint)_t.Length || _t[i].Kind != TokenKind.Number) return false;
        var s = _t[i].Norm;
        if (s.Length != 4 || !AllDigits(s)) return false;
        year = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        return year is >= 1000 and <= 2199;
    }

    private bool TryMonth(int i, out int month) => TimeLexicon.Months.TryGetValue(N(i), out month) && Cap(i);

    /// <summary>A count of units: a digit string or a number word, after an optional hedge ("almost four").</summary>
    private bool TryCount(int i, out int count, out int next)
    {
        next = i;
        if (TryInt(i, out count) && count is > 0 and <= 1000)
        {
            next = i + 1;
            return true;
        }
        if (TimeLexicon.NumberWords.TryGetValue(N(i), out count))
        {
            next = i + 1;
            // "twenty-five" is one token; "a hundred" two.
            if (count == 1 && N(i + 1) == "hundred") { count = 100; next = i + 2; }
            return true;
        }
        if (N(i).IndexOf('-') is var dash and > 0 &&
            TimeLexicon.NumberWordLookup.TryGetValue(N(i).AsSpan(0, dash), out var tens) &&
            TimeLexicon.NumberWordLookup.TryGetValue(N(i).AsSpan(dash + 1), out var units) && tens >= 20 && units < 10)
        {
            count = tens + units;
            next = i + 1;
            return true;
        }
        return false;
    }

    private string Slice(int first, int end) => _doc.Text[_t[first].Start.._t[end - 1].End];

    private EventDate NoAnchor(int first, int end) =>
        EventDate.UnknownBecause($"no publication date to resolve '{Slice(first, end)}' against");

    // The rules hand what their dates are worked out from to static lambdas as a state value rather than capturing it:
    // a lambda that captures a rule's locals makes the rule allocate their closure each time it is tried (on every
    // "the", every number), not only when it matches.

    /// <summary>A match whose date depends on the publication date: <paramref name="resolve"/> reads it with its label
    /// and <paramref name="state"/>.</summary>
    private TimeMatch Rel<TState>(int first, int end, string rule, TState state, Func<LocalDate, string?, TState, EventDate?> resolve, TimeReference? reference = null)
    {
        var date = _anchor is { } a ? resolve(a, AnchorLabel, state) ?? EventDate.UnknownBecause($"'{Slice(first, end)}' does not resolve") : NoAnchor(first, end);
        return new TimeMatch(first, end, date, true, rule, reference);
    }

    /// <summary>A match whose date depends on the publication date alone.</summary>
    private TimeMatch Rel(int first, int end, string rule, Func<LocalDate, string?, EventDate?> resolve, TimeReference? reference = null) =>
        Rel(first, end, rule, resolve, static (a, label, resolve) => resolve(a, label), reference);

    /// <summary>A match whose date depends on the last day the text mentioned, else the publication date.</summary>
    private TimeMatch Narrative<TState>(int first, int end, string rule, TState state, Func<LocalDate, string?, TState, EventDate?> resolve, DatePrecision coarsest = DatePrecision.Day)
    {
        EventDate date;
        LocalDate? narrative = null;
        var best = 0;
        for (var p = 0; p <= (int)coarsest && p < _recent.Length; p++)
        {
            if (_recent[p].Order > best)
            {
                best = _recent[p].Order;
                narrative = _recent[p].Date;
            }
        }
        if (narrative is { } n) date = resolve(n, "previous date " + LocalDatePattern.Iso.Format(n), state) ?? EventDate.Unknown;
        else if (_anchor is { } a) date = resolve(a, AnchorLabel, state) ?? EventDate.Unknown;
        else date = EventDate.UnknownBecause($"no earlier date or publication date to resolve '{Slice(first, end)}' against");
        return new TimeMatch(first, end, date, true, rule);
    }

    // ---- tense -----------------------------------------------------------------------------------

    /// <summary>
    /// The tense of the nearest marker in the sentence around tokens [first, end). A reporting verb ("said")
    /// counts only right next to the expression ("said Friday"); further away it frames the sentence rather
    /// than timing the event, so it is the fallback when nothing else marks tense.
    /// </summary>
    private Tense TenseAround(int first, int end)
    {
        var s = _doc.SentenceOfToken(first);
        int lo = 0, hi = _t.Length;
        if (s >= 0)
        {
            var sentence = _doc.Sentence(s);
            lo = sentence.FirstToken;
            hi = sentence.EndToken;
        }
        var fallback = Tense.None;
        for (var d = 1; d < 40; d++)
        {
            var left = first - d;
            var right = end - 1 + d;
            if (left < lo && right >= hi) break;
            foreach (var k in (ReadOnlySpan<int>)[left, right])
            {
                if (k < lo || k >= hi) continue;
                var tense = MarkerAt(k);
                if (tense == Tense.None) continue;
                if (d > 1 && TimeLexicon.ReportingVerbs.Contains(_t[k].Norm))
                {
                    if (fallback == Tense.None) fallback = tense;
                    continue;
                }
                return tense;
            }
        }
        return fallback;
    }

    private Tense MarkerAt(int i)
    {
        var n = _t[i].Norm;
        if (TimeLexicon.Auxiliaries.Contains(n) && i + 1 < _t.Length && MarkerAt(i + 1) == Tense.Future)
            return Tense.Future; // "were planning to", "is expected to", "has been scheduled"
        if (TimeLexicon.TenseMarkers.TryGetValue(n, out var tense))
        {
            // "set", "going", "planning", "due" point forward only before "to": "set to meet", "due to arrive".
            if (n is "set" or "going" or "plan" or "plans" or "planning" or "due" && N(i + 1) != "to") return Tense.None;
            return tense;
        }
        if (_t[i].Kind == TokenKind.Word && n.Length >= 5 && n.EndsWith("ed", StringComparison.Ordinal) && !Cap(i))
            return TimeLexicon.ForwardEdWords.Contains(n) ? Tense.Future : Tense.Past;
        return Tense.None;
    }

    /// <summary>Whether a deadline or earliest-time phrase just before forces the future: "until Tuesday", "as soon as Friday".</summary>
    private bool DeadlineBefore(int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            var n = N(k);
            if (n is "until" or "till") return true;
            if (n is "soon" or "early" && N(k - 1) == "as" && N(k + 1) == "as") return true;
            if (k != first - 1 && _t[k].Kind != TokenKind.Number && !n.Contains('.', StringComparison.Ordinal) && n is not ("edt" or "est" or "gmt" or "pdt" or "pst" or "cdt" or "utc" or "noon" or "midnight")) return false;
        }
        return false;
    }

    // ---- compounds: since X, until X, from X to Y, between X and Y --------------------------------

    private bool TryCompound(int i, out TimeMatch match)
    {
        match = default;
        var keyword = N(i);
        if (keyword is not ("since" or "until" or "till" or "from" or "between")) return false;
        if (!TryBase(i + 1, out var x) || x.First != i + 1) return false;
        var label = x.Relative ? AnchorLabel : null;
        if (keyword is "since")
        {
            if (x.Date.From is not { } from) return Single(x, "since", x.Date, out match);
            var to = _anchor is { } a && a >= from ? a : (LocalDate?)null;
            return Single(x, "since", TimeResolution.Between(from, to, AnchorLabel) ?? x.Date, out match);
        }
        if (keyword is "until" or "till")
        {
            if (x.Date.To is not { } to) return Single(x, "until", x.Date, out match);
            return Single(x, "until", TimeResolution.Between(null, to, label) ?? x.Date, out match);
        }
        var joiner = N(x.End);
        var joins = keyword == "between" ? joiner is "and" : joiner is "to" or "until" or "till" or "through" or "-" or "–";
        if (!joins) return false;
        TimeMatch y;
        if (TryBase(x.End + 1, out var yy) && yy.First == x.End + 1) y = yy;
        else if (x.Date.Precision == DatePrecision.Day && TryDay(x.End + 1, out var day) && x.Date.From is { } xf &&
                 TimeResolution.Create(xf.Year, xf.Month, day) is { } sameMonth && sameMonth > xf)
            y = new TimeMatch(x.End + 1, x.End + 2, EventDate.Day(sameMonth, x.Date.Anchor), x.Relative, "day-of-same-month");
        else return false;
        var range = TimeResolution.Between(x.Date.From, y.Date.To, x.Relative || y.Relative ? AnchorLabel : null);
        if (range is null || !x.Date.IsKnown || !y.Date.IsKnown) return false;
        match = new TimeMatch(i, y.End, range, x.Relative || y.Relative, keyword == "from" ? "from-to" : "between-and", null, [x, y]);
        return true;

        bool Single(TimeMatch part, string rule, EventDate date, out TimeMatch result)
        {
            result = new TimeMatch(i, part.End, date, part.Relative, rule, null, [part]);
            return true;
        }
    }

    // ---- simple expressions -------------------------------------------------------------------------

    private bool TryBase(int i, out TimeMatch match)
    {
        match = default;
        if ((uint)i >= (uint)_t.Length) return false;
        var kind = _t[i].Kind;
        if (kind == TokenKind.Number)
            return TryIso(i, out match) || TrySlash(i, out match) || TryDayMonth(i, out match) || TryCountExpression(i, i, out match)
                || TryDecade(i, out match) || TryYearExpression(i, out match);
        if (kind == TokenKind.Punctuation)
            return TryShortDecade(i, out match);
        if (kind != TokenKind.Word) return false;
        var n = _t[i].Norm;
        switch (n)
        {
            case "today" or "tonight":
                return DayWord(i, 0, n, out match);
            case "yesterday":
                return DayWord(i, -1, n, out match);
            case "tomorrow":
                return DayWord(i, 1, n, out match);
            case "now":
                if (!_options.VagueReferences) return false;
                match = Rel(i, i + 1, "now", static (a, label) => EventDate.Day(a, label), TimeReference.Present);
                return true;
            case "future" when N(i - 1) is "in" or "near":
                return Vague(i, i + 1, TimeReference.Future, out match);
            case "the":
                return TryThe(i, out match);
            case "this" or "last" or "next" or "past" or "coming" or "previous" or "following":
                return TryDeictic(i, i, out match);
            case "early" or "late" or "mid" or "earlier" or "later":
                return TryModified(i, out match);
            case "that":
                return TryThat(i, i, out match);
            case "fiscal":
                return TryFiscal(i, out match);
            case "christmas" or "thanksgiving" or "halloween" or "new" or "election":
                return TryHoliday(i, out match);
        }
        if (TimeLexicon.Approximators.Contains(n) || n is "more" or "less")
            return TryCountExpression(i, n is "more" or "less" ? (N(i + 1) == "than" ? i + 2 : -1) : i + 1, out match);
        if (TryCountExpression(i, i, out match)) return true;
        if (TimeLexicon.Months.ContainsKey(n)) return TryMonthFirst(i, i, out match);
        if (TimeLexicon.Weekdays.ContainsKey(n)) return TryWeekday(i, i, 0, out match);
        if (n.Length == 2 && n[0] == 'q' && n[1] is >= '1' and <= '4') return TryQuarterToken(i, n[1] - '0', out match);
        if (TimeLexicon.Ordinals.ContainsKey(n) || n.Contains('-', StringComparison.Ordinal)) return TryQuarterWords(i, i, out match) || TryHyphenated(i, out match);
        if (n.StartsWith("fy", StringComparison.Ordinal) && n.Length is 4 or 6 && AllDigits(n.AsSpan(2))) return TryFiscalToken(i, out match);
        return false;
    }

    private bool Vague(int first, int end, TimeReference reference, out TimeMatch match)
    {
        match = default;
        if (!_options.VagueReferences) return false;
        match = Rel(first, end, reference == TimeReference.Future ? "future" : "past", reference, static (a, label, reference) => reference == TimeReference.Future
            ? EventDate.Between(a.PlusDays(1), null, label)
            : EventDate.Between(null, a.PlusDays(-1), label), reference);
        return true;
    }

    private bool DayWord(int i, int offset, string rule, out TimeMatch match)
    {
        var end = i + 1;
        if (TimeLexicon.DayParts.Contains(N(end)) && N(end) != "overnight") end++;
        match = Rel(i, end, rule, offset, static (a, label, offset) => EventDate.Day(a.PlusDays(offset), label));
        return true;
    }

    // 2023-10-12
    private bool TryIso(int i, out TimeMatch match)
    {
        match = default;
        if (!TryYear(i, out var year) || !Joined(i) || N(i + 1) != "-" || !Joined(i + 1) || !Joined(i + 2) || N(i + 3) != "-" || !Joined(i + 3)) return false;
        if (N(i + 2).Length != 2 || N(i + 4).Length != 2 || !TryInt(i + 2, out var month) || !TryInt(i + 4, out var day)) return false;
        if (TimeResolution.Create(year, month, day) is not { } date) return false;
        match = new TimeMatch(i, i + 5, EventDate.Day(date), false, "iso");
        return true;
    }

    // 12/10/2023, 2023/10/12
    private bool TrySlash(int i, out TimeMatch match)
    {
        match = default;
        var s = N(i);
        if (s.IndexOf('/') < 0) return false;
        var parts = s.Split('/');
        if (parts.Length != 3) return false;
        foreach (var p in parts)
            if (!AllDigits(p) || p.Length > 4) return false;
        var a = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var b = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var c = int.Parse(parts[2], CultureInfo.InvariantCulture);
        LocalDate? date;
        if (parts[0].Length == 4) date = TimeResolution.Create(a, b, c);
        else if (parts[2].Length != 4) return false;
        else if (a > 12) date = TimeResolution.Create(c, b, a);
        else if (b > 12) date = TimeResolution.Create(c, a, b);
        else if (a == b) date = TimeResolution.Create(c, a, b);
        else date = _options.NumericDates switch
        {
            NumericDateOrder.DayFirst => TimeResolution.Create(c, b, a),
            NumericDateOrder.MonthFirst => TimeResolution.Create(c, a, b),
            _ => null,
        };
        if (date is null) return false;
        match = new TimeMatch(i, i + 1, EventDate.Day(date.Value), false, "numeric");
        return true;
    }

    // 12 October 2023, 12th of October, 8 March
    private bool TryDayMonth(int i, out TimeMatch match)
    {
        match = default;
        if (!TryDay(i, out var day)) return false;
        var j = i + 1;
        if (N(j) == "of" && _t[i].Norm.Length > 2 && !AllDigits(_t[i].Norm)) j++;
        if (!TryMonth(j, out var month)) return false;
        return FinishMonthDay(i, j + 1, month, day, "day-month", out match);
    }

    /// <summary>After a month and day: an optional year ("Oct. 12, 2023", "12 October 2023"), else the year is guessed.</summary>
    private bool FinishMonthDay(int first, int next, int month, int day, string rule, out TimeMatch match)
    {
        match = default;
        if (N(next) == "," && TryYear(next + 1, out var year) || TryYear(next, out year))
        {
            var end = N(next) == "," ? next + 2 : next + 1;
            if (TimeResolution.Create(year, month, day) is not { } date) return false;
            match = new TimeMatch(first, end, EventDate.Day(date), false, rule);
            return true;
        }
        if (TimeResolution.Create(2000, month, day) is null) return false; // 2000 is a leap year: 29 February is possible
        var tense = TenseAround(first, next);
        match = Rel(first, next, rule, (month, day, tense), static (a, label, s) => TimeResolution.DayOfMonth(a, s.month, s.day, s.tense) is { } d ? EventDate.Day(d, label) : null);
        return true;
    }

    // October 12, 2023; Oct. 12; October 2023; (in) October; Oct. 12-14
    private bool TryMonthFirst(int first, int i, out TimeMatch match)
    {
        match = default;
        if (!TryMonth(i, out var month)) return false;
        var n = N(i);
        if (TryDay(i + 1, out var day) && !(N(i + 2) is "," && TryInt(i + 3, out var count) && !TryYear(i + 3, out _) && count > 31))
        {
            // "Oct. 12-14": a range of days in one month.
            if (N(i + 2) is "-" or "–" && Joined(i + 1) && TryDay(i + 3, out var last) && last > day)
            {
                if (FinishMonthDay(first, i + 4, month, last, "month-day-range", out var end) && end.Date.From is { } to &&
                    TimeResolution.Create(to.Year, month, day) is { } from)
                {
                    match = end with { First = first, Date = EventDate.Between(from, to, end.Date.Anchor) };
                    return true;
                }
            }
            return FinishMonthDay(first, i + 2, month, day, "month-day", out match);
        }
        if (TryYear(i + 1, out var year) || N(i + 1) == "of" && TryYear(i + 2, out year))
        {
            var end = N(i + 1) == "of" ? i + 3 : i + 2;
            match = new TimeMatch(first, end, EventDate.Month(new YearMonth(year, month)), false, "month-year");
            return true;
        }
        // A bare month name: a month after a cue, or a strong month name that is not the start of a name ("April Smith").
        var cued = TimeLexicon.DateCues.Contains(N(first - 1)) || first != i;
        if (!cued)
        {
            if (TimeLexicon.WeakMonths.Contains(n)) return false;
            if (IsWord(i + 1) && Cap(i + 1) && !TimeLexicon.Weekdays.ContainsKey(N(i + 1))) return false;
            if (N(i + 1) == "'s" && IsSentenceStart(i)) return false;
            if (IsWord(i - 1) && Cap(i - 1) && !IsSentenceStart(i - 1)) return false;
        }
        else if (TimeLexicon.WeakMonths.Contains(n) && n == "may" && N(first - 1) is "by" or "for" or "of" or "around")
        {
            return false;
        }
        var tense = TenseAround(first, i + 1);
        match = Rel(first, i + 1, "month", (month, tense), static (a, label, s) => EventDate.Month(new YearMonth(TimeResolution.YearOfMonth(a, s.month, s.tense), s.month), label));
        return true;
    }

    // Thursday; Thursday night; Thursday, Oct. 12; (last|next|this) Thursday
    private bool TryWeekday(int first, int i, int direction, out TimeMatch match)
    {
        match = default;
        if (!TimeLexicon.Weekdays.TryGetValue(N(i), out var weekday) || !Cap(i)) return false;
        // "Thursday, Oct. 12" and "Thursday, 12 October": the date decides; the weekday stays in the span.
        var next = N(i + 1) == "," ? i + 2 : i + 1;
        if ((TryMonthFirst(next, next, out var date) || TryDayMonth(next, out date)) && date.Date.Precision == DatePrecision.Day)
        {
            match = date with { First = first, Rule = "weekday-date" };
            return true;
        }
        var end = i + 1;
        if (TimeLexicon.DayParts.Contains(N(end))) end++;
        var tense = direction != 0 ? Tense.None : DeadlineBefore(first) ? Tense.Future : TenseAround(first, end);
        var thisOne = N(first) == "this";
        match = Rel(first, end, direction == 0 && !thisOne ? "weekday" : "weekday-" + N(first), (thisOne, weekday, direction, tense), static (a, label, s) => EventDate.Day(
            s.thisOne ? TimeResolution.ThisWeekday(a, s.weekday) : TimeResolution.Weekday(a, s.weekday, s.direction, s.tense), label));
        return true;
    }

    // this/last/next/past/coming/previous/following + week, month, year, weekend, season, weekday, month name, night
    private bool TryDeictic(int first, int i, out TimeMatch match)
    {
        match = default;
        var word = N(i);
        var next = N(i + 1);
        var direction = word switch { "last" or "past" or "previous" => -1, "next" or "coming" or "following" => 1, _ => 0 };
        var narrative = word is "previous" or "following";
        if (word is "last" or "past" && TryCount(i + 1, out var count, out var afterCount) && TimeLexicon.Units.TryGetValue(N(afterCount), out var countedUnit) && count > 1)
        {
            // "the past three years": from that long ago up to the anchor.
            match = Rel(first, afterCount + 1, "past-n", (countedUnit, count), static (a, label, s) => TimeResolution.Between(Minus(a, s.countedUnit, s.count), a, label));
            return true;
        }
        if (TimeLexicon.Weekdays.ContainsKey(next))
            return TryWeekday(first, i + 1, direction, out match);
        if (TimeLexicon.Months.ContainsKey(next) && Cap(i + 1) && !narrative)
        {
            if (!TryMonth(i + 1, out var month)) return false;
            if (TryDay(i + 2, out _)) return false;
            match = Rel(first, i + 2, "month-" + word, (month, direction), static (a, label, s) =>
            {
                var year = s.direction < 0 ? (s.month < a.Month ? a.Year : a.Year - 1)
                    : s.direction > 0 ? (s.month > a.Month ? a.Year : a.Year + 1)
                    : a.Year;
                return EventDate.Month(new YearMonth(year, s.month), label);
            });
            return true;
        }
        if (TimeLexicon.Seasons.TryGetValue(next, out var seasonMonth))
        {
            match = Rel(first, i + 2, "season-" + word, (seasonMonth, direction), static (a, label, s) => TimeResolution.Season(a, s.seasonMonth, s.direction, label));
            return true;
        }
        if (next is "night" && word is "last")
        {
            match = Rel(first, i + 2, "last-night", static (a, label) => EventDate.Day(a.PlusDays(-1), label));
            return true;
        }
        if (TimeLexicon.DayParts.Contains(next) && word == "this")
        {
            match = Rel(first, i + 2, "this-" + next, static (a, label) => EventDate.Day(a, label));
            return true;
        }
        if (!TimeLexicon.Units.TryGetValue(next, out var unit) || next.EndsWith('s')) return false;
        if (narrative || (word is "next" && N(first) == "the"))
        {
            match = Narrative(first, i + 2, "narrative-" + next, (unit, step: direction < 0 ? -1 : 1), static (n, label, s) => UnitAt(n, s.unit, s.step, label, Tense.None), PrecisionOf(unit));
            return true;
        }
        if (word == "past" || (word == "last" && N(first) == "the"))
        {
            // "the past week", "the last year": the stretch up to the anchor, not the calendar unit before it.
            match = Rel(first, i + 2, "past-unit", unit, static (a, label, unit) => TimeResolution.Between(Minus(a, unit, 1), a, label));
            return true;
        }
        var tense = unit == TimeUnit.Weekend && direction == 0 ? TenseAround(first, i + 2) : Tense.None;
        match = Rel(first, i + 2, word + "-" + next, (unit, direction, tense), static (a, label, s) => UnitAt(a, s.unit, s.direction, label, s.tense));
        return true;
    }

    private static LocalDate Minus(LocalDate a, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Day => a.PlusDays(-count),
        TimeUnit.Week or TimeUnit.Weekend => a.PlusWeeks(-count),
        TimeUnit.Month => a.PlusMonths(-count),
        TimeUnit.Quarter => a.PlusMonths(-3 * count),
        TimeUnit.Year => a.PlusYears(-count),
        TimeUnit.Decade => a.PlusYears(-10 * count),
        _ => a.PlusYears(-100 * count),
    };

    /// <summary>The calendar unit holding <paramref name="a"/>, or the one before or after it.</summary>
    private static EventDate? UnitAt(LocalDate a, TimeUnit unit, int direction, string? label, Tense tense) => unit switch
    {
        TimeUnit.Day => EventDate.Day(a.PlusDays(direction), label),
        TimeUnit.Week => EventDate.Week(a.PlusWeeks(direction), label),
        TimeUnit.Weekend => TimeResolution.Weekend(a, direction, tense, label),
        TimeUnit.Month => EventDate.Month(new YearMonth(a.Year, a.Month).PlusMonths(direction), label),
        TimeUnit.Quarter => QuarterAt(a.PlusMonths(3 * direction), label),
        TimeUnit.Year => EventDate.Year(a.Year + direction, label),
        TimeUnit.Decade => Decade(a.Year / 10 * 10 + 10 * direction, label),
        _ => EventDate.Between(new LocalDate((a.Year / 100 + direction) * 100, 1, 1), new LocalDate((a.Year / 100 + direction) * 100 + 99, 12, 31), label),
    };

    private static DatePrecision PrecisionOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => DatePrecision.Day,
        TimeUnit.Week or TimeUnit.Weekend => DatePrecision.Week,
        TimeUnit.Month => DatePrecision.Month,
        TimeUnit.Quarter => DatePrecision.Quarter,
        _ => DatePrecision.Year,
    };

    private static EventDate QuarterAt(LocalDate a, string? label) => EventDate.Quarter(a.Year, TimeResolution.QuarterOf(a.Month), label);

    private static EventDate Decade(int first, string? label) =>
        EventDate.Between(new LocalDate(first, 1, 1), new LocalDate(first + 9, 12, 31), label);

    // that day, that same day, that week, that year
    private bool TryThat(int first, int i, out TimeMatch match)
    {
        match = default;
        var j = N(i + 1) == "same" ? i + 2 : i + 1;
        if (!TimeLexicon.Units.TryGetValue(N(j), out var unit) || N(j).EndsWith('s') || unit is TimeUnit.Decade or TimeUnit.Century) return false;
        match = Narrative(first, j + 1, "that-" + N(j), unit, static (n, label, unit) => UnitAt(n, unit, 0, label, Tense.None), PrecisionOf(unit));
        return true;
    }

    // the future, the past, the weekend, the next day, the same day, the third quarter, the first half of 2023
    private bool TryThe(int i, out TimeMatch match)
    {
        match = default;
        var next = N(i + 1);
        switch (next)
        {
            case "future":
                return Vague(i, i + 2, TimeReference.Future, out match);
            case "past" when !TimeLexicon.Units.ContainsKey(N(i + 2)) && !TryCount(i + 2, out _, out _):
                return Vague(i, i + 2, TimeReference.Past, out match);
            case "near" when N(i + 2) == "future":
                return Vague(i, i + 3, TimeReference.Future, out match);
            case "weekend":
            {
                var tense = TenseAround(i, i + 2);
                match = Rel(i, i + 2, "the-weekend", tense, static (a, label, tense) => TimeResolution.Weekend(a, 0, tense, label));
                return true;
            }
            case "same" when TimeLexicon.Units.TryGetValue(N(i + 2), out var unit) && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year:
                match = Narrative(i, i + 3, "same-" + N(i + 2), unit, static (n, label, unit) => UnitAt(n, unit, 0, label, Tense.None), PrecisionOf(unit));
                return true;
            case "next" or "following" or "previous" when N(i + 2) is "day" or "morning" or "afternoon" or "evening" or "night":
            {
                var step = next == "previous" ? -1 : 1;
                match = Narrative(i, i + 3, "narrative-day", step, static (n, label, step) => EventDate.Day(n.PlusDays(step), label));
                return true;
            }
            case "day" when N(i + 2) is "before" or "after" && !IsWord(i + 3) || N(i + 2) is "before" or "after" && N(i + 3) is "yesterday" or "tomorrow":
            {
                if (N(i + 3) is "yesterday" or "tomorrow")
                {
                    var offset = N(i + 3) == "yesterday" ? -2 : 2;
                    match = Rel(i, i + 4, "day-before-yesterday", offset, static (a, label, offset) => EventDate.Day(a.PlusDays(offset), label));
                    return true;
                }
                var step = N(i + 2) == "before" ? -1 : 1;
                match = Narrative(i, i + 3, "narrative-day", step, static (n, label, step) => EventDate.Day(n.PlusDays(step), label));
                return true;
            }
            case "last" or "past" or "this" or "next" or "coming" or "previous" or "following":
                return TryDeictic(i, i + 1, out match);
        }
        return TryQuarterWords(i, i + 1, out match);
    }

    // early/mid/late + month, year, decade, weekday; earlier/later + this/that + unit
    private bool TryModified(int i, out TimeMatch match)
    {
        match = default;
        var word = N(i);
        var part = word switch { "early" or "earlier" => -1, "mid" => 0, _ => 1 };
        if (N(i + 1) is "this" or "that" && TimeLexicon.Units.TryGetValue(N(i + 2), out var unit) && unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Day)
        {
            var that = N(i + 1) == "that";
            var state = (unit, word, that, part);
            match = that
                ? Narrative(i, i + 3, word + "-that-" + N(i + 2), state, PartOfUnit, PrecisionOf(unit))
                : Rel(i, i + 3, word + "-this-" + N(i + 2), state, PartOfUnit);
            return true;
        }
        if (word is "earlier" or "later")
        {
            if (N(i + 1) is "today" or "tonight")
            {
                match = Rel(i, i + 2, word + "-today", static (a, label) => EventDate.Day(a, label));
                return true;
            }
            return false;
        }
        var j = i + 1;
        if (N(j) == "on" && TimeLexicon.Weekdays.ContainsKey(N(j + 1))) j++;
        if (N(j) == "the" && N(j + 1).EndsWith('s')) j++;
        if (!TryBase(j, out var inner) || inner.First != j || inner.Parts is not null) return false;
        if (inner.Rule is "now" or "future" or "past" || inner.Reference is not null) return false;
        match = inner with
        {
            First = i,
            Date = TimeResolution.Narrow(inner.Date, part, inner.Rule == "decade"),
            Rule = word + "-" + inner.Rule,
        };
        return true;
    }

    /// <summary>"earlier this week", "later that year", "early this month": the part of the unit holding <paramref name="n"/>.</summary>
    private static EventDate? PartOfUnit(LocalDate n, string? label, (TimeUnit Unit, string Word, bool That, int Part) s)
    {
        var whole = UnitAt(n, s.Unit, 0, label, Tense.None)!;
        if (s.Unit == TimeUnit.Day) return whole;
        if (s.Word is "earlier" && !s.That) return TimeResolution.Between(whole.From, n, label);
        if (s.Word is "later" && !s.That) return TimeResolution.Between(n, whole.To, label);
        return TimeResolution.Narrow(whole, s.Part, false);
    }

    // mid-October, late-November, mid-1990s, mid-2023, pre-1990, post-1959, third-quarter, first-half
    private bool TryHyphenated(int i, out TimeMatch match)
    {
        match = default;
        var n = N(i);
        var dash = n.IndexOf('-');
        if (dash <= 0) return false;
        var head = n.AsSpan(0, dash);
        var tail = n.AsSpan(dash + 1);
        EventDate? date = null;
        var end = i + 1;
        var relative = false;
        var isDecade = false;
        if (TimeLexicon.MonthLookup.TryGetValue(tail, out var month) && !TimeLexicon.WeakMonthLookup.Contains(tail) || tail is "may" or "march")
        {
            if (month == 0) month = tail is "may" ? 5 : 3;
            if (TryYear(i + 1, out var year))
            {
                date = EventDate.Month(new YearMonth(year, month));
                end = i + 2;
            }
            else
            {
                relative = true;
                var tense = TenseAround(i, i + 1);
                date = _anchor is { } a ? EventDate.Month(new YearMonth(TimeResolution.YearOfMonth(a, month, tense), month), AnchorLabel) : NoAnchor(i, i + 1);
            }
        }
        else if (tail.Length == 4 && AllDigits(tail) && int.Parse(tail, CultureInfo.InvariantCulture) is var y and >= 1000 and <= 2199)
        {
            date = EventDate.Year(y);
        }
        else if (tail.Length == 5 && tail[4] == 's' && tail[3] == '0' && AllDigits(tail[..4]))
        {
            date = Decade(int.Parse(tail[..4], CultureInfo.InvariantCulture), null);
            isDecade = true;
        }
        if (date is null) return false;
        EventDate result;
        switch (head)
        {
            case "early": result = TimeResolution.Narrow(date, -1, isDecade); break;
            case "mid": result = TimeResolution.Narrow(date, 0, isDecade); break;
            case "late": result = TimeResolution.Narrow(date, 1, isDecade); break;
            case "pre" when date.From is { } f: result = EventDate.Between(null, f.PlusDays(-1), date.Anchor); break;
            case "post" when date.To is { } t: result = EventDate.Between(t.PlusDays(1), null, date.Anchor); break;
            default: return false;
        }
        match = new TimeMatch(i, end, result, relative, string.Concat(head, "-hyphen"));
        return true;
    }

    // 1990s
    private bool TryDecade(int i, out TimeMatch match)
    {
        match = default;
        var n = N(i);
        if (n.Length != 5 || n[4] != 's' || n[3] != '0' || !AllDigits(n.AsSpan(0, 4))) return false;
        var first = int.Parse(n.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (first is < 1000 or > 2190) return false;
        match = new TimeMatch(i, i + 1, Decade(first, null), false, "decade");
        return true;
    }

    // '90s
    private bool TryShortDecade(int i, out TimeMatch match)
    {
        match = default;
        if (N(i) != "'" || !Joined(i)) return false;
        var n = N(i + 1);
        if (n.Length != 3 || n[2] != 's' || n[1] != '0' || !AllDigits(n.AsSpan(0, 2))) return false;
        var tens = int.Parse(n.AsSpan(0, 2), CultureInfo.InvariantCulture);
        // Two-digit decades are read in the century that puts them in the past of the anchor (or before 2030).
        var pivot = (_anchor?.Year ?? 2030) % 100;
        var century = tens <= pivot ? (_anchor?.Year ?? 2030) / 100 * 100 : ((_anchor?.Year ?? 2030) / 100 - 1) * 100;
        match = new TimeMatch(i, i + 2, Decade(century + tens, null), false, "decade");
        return true;
    }

    // 2023; 1998-99; 2019-2023
    private bool TryYearExpression(int i, out TimeMatch match)
    {
        match = default;
        if (!TryYear(i, out var year)) return false;
        var before = N(i - 1);
        var after = N(i + 1);
        if (TimeLexicon.NotYearBefore.Contains(before) || TimeLexicon.NotYearAfter.Contains(after)) return false;
        if (i > 0 && _t[i - 1].End == _t[i].Start && _t[i - 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Symbol) return false;
        var cued = TimeLexicon.DateCues.Contains(before) || before is "year" or "and" or "or" or "the" or "," or "(" or "to" or "-" or "fiscal" || TimeLexicon.Months.ContainsKey(before);
        if (!cued)
        {
            if (year is < 1800 or > 2100) return false;
            // A count of things: "2000 people", "1500 troops".
            if (IsWord(i + 1) && !Cap(i + 1) && after.Length > 3 && after.EndsWith('s') && !after.EndsWith("ss", StringComparison.Ordinal)) return false;
            // A year inside a name: "Vision 2030", "Windows 2000".
            if (IsWord(i - 1) && Cap(i - 1) && !IsSentenceStart(i - 1) && !TimeLexicon.Weekdays.ContainsKey(before)) return false;
        }
        // "1998-99", "2019-2023": a span of years.
        if (after is "-" or "–" && Joined(i) && Joined(i + 1) && TryInt(i + 2, out var second))
        {
            var secondText = N(i + 2);
            var to = secondText.Length == 2 ? year / 100 * 100 + second : secondText.Length == 4 ? second : -1;
            if (to > year && to - year < 100)
            {
                var x = new TimeMatch(i, i + 1, EventDate.Year(year), false, "year");
                var y = new TimeMatch(i + 2, i + 3, EventDate.Year(to), false, "year");
                match = new TimeMatch(i, i + 3, EventDate.Between(new LocalDate(year, 1, 1), new LocalDate(to, 12, 31)), false, "year-range", null, [x, y]);
                return true;
            }
        }
        if (after is "-" && Joined(i) && IsWord(i + 2)) return false; // "2000-strong"
        match = new TimeMatch(i, i + 1, EventDate.Year(year), false, "year");
        return true;
    }

    // two weeks ago, a decade ago, almost four years ago, three days later, 10 years from now
    private bool TryCountExpression(int first, int i, out TimeMatch match)
    {
        match = default;
        if (i < 0 || !TryCount(i, out var count, out var j)) return false;
        if (!TimeLexicon.Units.TryGetValue(N(j), out var unit) || unit == TimeUnit.Weekend) return false;
        var word = N(j + 1);
        var end = j + 2;
        if (word is "ago")
        {
            match = Rel(first, end, "ago", (unit, count), static (a, label, s) => Ago(a, s.unit, -s.count, label));
            return true;
        }
        if (word is "from" && N(j + 2) is "now")
        {
            match = Rel(first, j + 3, "from-now", (unit, count), static (a, label, s) => Ago(a, s.unit, s.count, label));
            return true;
        }
        if (word is "later" or "earlier" && !IsWord(j + 2) || word is "later" or "earlier" && N(j + 2) is "on")
        {
            var sign = word == "later" ? 1 : -1;
            match = Narrative(first, end, "narrative-" + word, (unit, steps: sign * count), static (n, label, s) => Ago(n, s.unit, s.steps, label), PrecisionOf(unit));
            return true;
        }
        return false;
    }

    private static EventDate Ago(LocalDate a, TimeUnit unit, int signed, string? label) => unit switch
    {
        TimeUnit.Day => EventDate.Day(a.PlusDays(signed), label),
        TimeUnit.Week => EventDate.Week(a.PlusWeeks(signed), label),
        TimeUnit.Month => EventDate.Month(new YearMonth(a.Year, a.Month).PlusMonths(signed), label),
        TimeUnit.Quarter => QuarterAt(a.PlusMonths(3 * signed), label),
        TimeUnit.Year => EventDate.Year(a.Year + signed, label),
        TimeUnit.Decade => EventDate.Year(a.Year + 10 * signed, label),
        _ => EventDate.Year(a.Year + 100 * signed, label),
    };

    // Q3 2023, Q3
    private bool TryQuarterToken(int i, int quarter, out TimeMatch match)
    {
        if (TryYear(i + 1, out var year))
        {
            match = new TimeMatch(i, i + 2, EventDate.Quarter(year, quarter), false, "quarter");
            return true;
        }
        var tense = TenseAround(i, i + 1);
        match = Rel(i, i + 1, "quarter", (quarter, tense), static (a, label, s) => EventDate.Quarter(TimeResolution.YearOfQuarter(a, s.quarter, s.tense), s.quarter, label));
        return true;
    }

    // (the) third quarter (of 2023); (the) first half of 2023; third-quarter
    private bool TryQuarterWords(int first, int i, out TimeMatch match)
    {
        match = default;
        var n = N(i);
        ReadOnlySpan<char> ordinalWord, unitWord;
        int next;
        var dash = n.IndexOf('-');
        if (dash > 0)
        {
            ordinalWord = n.AsSpan(0, dash);
            unitWord = n.AsSpan(dash + 1);
            next = i + 1;
        }
        else
        {
            ordinalWord = n;
            unitWord = N(i + 1);
            next = i + 2;
        }
        if (!TimeLexicon.OrdinalLookup.TryGetValue(ordinalWord, out var ordinal)) return false;
        var half = unitWord is "half";
        if (!half && unitWord is not "quarter" || half && ordinal > 2) return false;
        int year;
        var end = next;
        if (N(next) == "of" && TryYear(next + 1, out year)) end = next + 2;
        else if (TryYear(next, out year)) end = next + 1;
        else year = 0;
        if (half)
        {
            if (year == 0) return false;
            match = new TimeMatch(first, end, EventDate.Between(new LocalDate(year, ordinal == 1 ? 1 : 7, 1), new LocalDate(year, ordinal == 1 ? 6 : 12, ordinal == 1 ? 30 : 31)), false, "half");
            return true;
        }
        if (year != 0)
        {
            match = new TimeMatch(first, end, EventDate.Quarter(year, ordinal), false, "quarter");
            return true;
        }
        var tense = TenseAround(first, end);
        match = Rel(first, end, "quarter", (ordinal, tense), static (a, label, s) => EventDate.Quarter(TimeResolution.YearOfQuarter(a, s.ordinal, s.tense), s.ordinal, label));
        return true;
    }

    // fiscal 2023, fiscal year 2023: labelled by the calendar year it is named after.
    private bool TryFiscal(int i, out TimeMatch match)
    {
        match = default;
        var j = N(i + 1) == "year" ? i + 2 : i + 1;
        if (!TryYear(j, out var year)) return false;
        match = new TimeMatch(i, j + 1, EventDate.Year(year), false, "fiscal");
        return true;
    }

    // FY2023, FY23
    private bool TryFiscalToken(int i, out TimeMatch match)
    {
        var digits = int.Parse(N(i).AsSpan(2), CultureInfo.InvariantCulture);
        var year = digits >= 100 ? digits : 2000 + digits;
        match = new TimeMatch(i, i + 1, EventDate.Year(year), false, "fiscal");
        return true;
    }

    // Christmas (Day|Eve), Thanksgiving (Day), New Year's Day/Eve, Election Day, Halloween
    private bool TryHoliday(int i, out TimeMatch match)
    {
        match = default;
        if (!Cap(i)) return false;
        var n = N(i);
        int end;
        Func<int, LocalDate> day;
        switch (n)
        {
            case "christmas":
                end = N(i + 1) is "day" or "eve" ? i + 2 : i + 1;
                day = N(i + 1) == "eve" ? y => new LocalDate(y, 12, 24) : y => new LocalDate(y, 12, 25);
                break;
            case "halloween":
                end = i + 1;
                day = y => new LocalDate(y, 10, 31);
                break;
            case "thanksgiving":
                end = N(i + 1) == "day" ? i + 2 : i + 1;
                // Fourth Thursday of November (United States).
                day = y => new LocalDate(y, 11, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Thursday)).PlusWeeks(3);
                break;
            case "election" when N(i + 1) == "day" && Cap(i + 1):
                end = i + 2;
                // The Tuesday after the first Monday of November (United States).
                day = y => new LocalDate(y, 11, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday)).PlusDays(1);
                break;
            case "new" when N(i + 1) == "year" && N(i + 2) == "'s" && N(i + 3) is "day" or "eve" && Cap(i + 1):
                end = i + 4;
                day = N(i + 3) == "eve" ? y => new LocalDate(y, 12, 31) : y => new LocalDate(y, 1, 1);
                break;
            default:
                return false;
        }
        if (TryYear(end, out var year) || N(end) == "," && TryYear(end + 1, out year))
        {
            var last = N(end) == "," ? end + 2 : end + 1;
            match = new TimeMatch(i, last, EventDate.Day(day(year)), false, "holiday");
            return true;
        }
        var tense = TenseAround(i, end);
        match = Rel(i, end, "holiday", (day, tense), static (a, label, s) =>
        {
            var candidate = s.day(a.Year);
            if (s.tense == Tense.Past && candidate > a) candidate = s.day(a.Year - 1);
            else if (s.tense == Tense.Future && candidate < a) candidate = s.day(a.Year + 1);
            else if (s.tense == Tense.None && candidate > a.PlusMonths(2)) candidate = s.day(a.Year - 1);
            return EventDate.Day(candidate, label);
        });
        return true;
    }
}

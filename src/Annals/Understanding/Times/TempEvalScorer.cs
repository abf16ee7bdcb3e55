using System.Globalization;
using Annals.Pipeline;
using Annals.Reading;
using Annals.Text.Tokenization;

namespace Annals.Understanding.Times;

/// <summary>Scores the time-expression stage against TimeML gold (TempEval-3): recognition and value of DATE expressions.</summary>
/// <remarks>
/// Each document runs through a tokenizer and <see cref="TimeExpressionComponent"/> with its creation time as the
/// publication date. Compound mentions ("from May to July") are scored by their parts, as TimeML annotates the
/// ends separately. Values compare in TimeML form: a day, week, month, quarter or year as
/// <see cref="EventDate.Value"/>; a range by the smallest calendar unit holding both ends ("late November" →
/// the month, "the early 1990s" → the decade <c>199</c>); vague references as <c>PAST_REF</c>, <c>PRESENT_REF</c>,
/// <c>FUTURE_REF</c>; a range within one ISO week as that week, a range that is a season as <c>1998-FA</c>.
/// Gold placeholders are trimmed (<c>1998-10-XX</c> → <c>1998-10</c>, <c>199X</c> → <c>199</c>) and times of
/// day cut to the day (<c>1998-08-07TEV</c> → <c>1998-08-07</c>).
/// Stateless and thread-safe.
/// </remarks>
public static class TempEvalScorer
{
    /// <summary>Scores every <c>.tml</c> file under <paramref name="folder"/>.</summary>
    public static TempEvalReport ScoreFolder(string folder, TimeOptions? options = null)
    {
        var files = Directory.GetFiles(folder, "*.tml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return Score(files.Select(TempEvalDocument.Load), options);
    }

    /// <summary>Scores the given documents.</summary>
    public static TempEvalReport Score(IEnumerable<TempEvalDocument> documents, TimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var pipeline = new PipelineBuilder().Add(new TokenizerComponent()).UseTimes(options).Build();
        int docs = 0, gold = 0, found = 0, relaxedHits = 0, relaxedFoundHits = 0, strictHits = 0, valueHits = 0;
        var disagreements = new List<string>();
        foreach (var document in documents)
        {
            docs++;
            var article = new Article
            {
                Id = document.Id,
                Text = document.Text,
                Published = document.Created is { } created ? new PublicationDate(created) : null,
                Format = ArticleFormat.Text,
            };
            var mentions = Flatten(pipeline.Run(article).Times);
            var dates = document.Timexes.Where(t => t.Type == "DATE").ToList();
            var others = document.Timexes.Where(t => t.Type != "DATE").ToList();
            gold += dates.Count;
            var matched = new bool[dates.Count];
            foreach (var mention in mentions)
            {
                var hitAny = false;
                for (var g = 0; g < dates.Count; g++)
                {
                    if (!Overlaps(mention, dates[g])) continue;
                    hitAny = true;
                    if (matched[g]) continue;
                    matched[g] = true;
                    relaxedHits++;
                    if (mention.Range.Start == dates[g].Start && mention.Range.End == dates[g].End) strictHits++;
                    var ours = ToTimeMLValue(mention);
                    if (ours is not null && ours == NormaliseGold(dates[g].Value)) valueHits++;
                    else disagreements.Add($"{document.Id} | {dates[g].Text} = {dates[g].Value} | {mention.Text} = {ours ?? mention.Date.ToString()} ({mention.Rule})");
                    break;
                }
                if (hitAny)
                {
                    found++;
                    relaxedFoundHits++;
                }
                else if (!others.Any(o => Overlaps(mention, o)))
                {
                    found++;
                    disagreements.Add($"{document.Id} | (none) | {mention.Text} = {ToTimeMLValue(mention) ?? mention.Date.ToString()} ({mention.Rule})");
                }
            }
            for (var g = 0; g < dates.Count; g++)
                if (!matched[g]) disagreements.Add($"{document.Id} | {dates[g].Text} = {dates[g].Value} | (missed)");
        }
        return new TempEvalReport
        {
            Documents = docs, Gold = gold, Found = found, RelaxedHits = relaxedHits, RelaxedFoundHits = relaxedFoundHits,
            StrictHits = strictHits, ValueHits = valueHits, Disagreements = disagreements,
        };
    }

    /// <summary>A mention's value in TimeML form, or null when it has none.</summary>
    public static string? ToTimeMLValue(TimeMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        switch (mention.Reference)
        {
            case TimeReference.Past: return "PAST_REF";
            case TimeReference.Present: return "PRESENT_REF";
            case TimeReference.Future: return "FUTURE_REF";
        }
        var date = mention.Date;
        if (date.Value is { } value) return value;
        if (date.Precision != DatePrecision.Range || date.From is not { } from || date.To is not { } to) return null;
        if (SeasonCode(from, to) is { } season) return season;
        if (IsoWeek(from) == IsoWeek(to)) return EventDate.Week(from).Value;
        if (from.Year == to.Year && from.Month == to.Month) return from.ToString("yyyy'-'MM", CultureInfo.InvariantCulture);
        if (from.Year == to.Year) return from.Year.ToString("D4", CultureInfo.InvariantCulture);
        if (from.Year / 10 == to.Year / 10) return (from.Year / 10).ToString("D3", CultureInfo.InvariantCulture);
        if (from.Year / 100 == to.Year / 100) return (from.Year / 100).ToString("D2", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>A gold value with its unknown places trimmed and its week padded: <c>1998-10-XX</c> → <c>1998-10</c>, <c>2000-W7</c> → <c>2000-W07</c>.</summary>
    public static string NormaliseGold(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim();
        // Times of day (1998-08-07TEV, 2000-04-04T09:00) compare as their day: the finest precision Annals keeps.
        var t = v.IndexOf('T', StringComparison.Ordinal);
        if (t >= 4 && char.IsDigit(v[t - 1])) v = v[..t];
        while (v.EndsWith("-XX", StringComparison.Ordinal)) v = v[..^3];
        v = v.TrimEnd('X');
        var w = v.IndexOf("-W", StringComparison.Ordinal);
        if (w > 0 && v.Length == w + 3) v = v[..(w + 2)] + "0" + v[^1];
        return v;
    }

    private static (int, int) IsoWeek(NodaTime.LocalDate day) =>
        (NodaTime.Calendars.WeekYearRules.Iso.GetWeekYear(day), NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(day));

    // A range that is exactly a meteorological season has TimeML's season value: 1998-FA.
    private static string? SeasonCode(NodaTime.LocalDate from, NodaTime.LocalDate to)
    {
        if (from.Day != 1 || from.Month % 3 != 0 || to != from.PlusMonths(3).PlusDays(-1)) return null;
        var code = from.Month switch { 3 => "SP", 6 => "SU", 9 => "FA", _ => "WI" };
        return $"{from.Year:D4}-{code}";
    }

    private static List<TimeMention> Flatten(IEnumerable<TimeMention> mentions)
    {
        var flat = new List<TimeMention>();
        foreach (var mention in mentions)
        {
            if (mention.Parts.Count > 0) flat.AddRange(Flatten(mention.Parts));
            else flat.Add(mention);
        }
        return flat;
    }

    private static bool Overlaps(TimeMention mention, TempEvalTimex timex) =>
        mention.Range.Start < timex.End && timex.Start < mention.Range.End;
}

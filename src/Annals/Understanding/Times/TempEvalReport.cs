namespace Annals.Understanding.Times;

/// <summary>Recognition and normalisation figures for DATE expressions on a TimeML corpus.</summary>
/// <remarks>
/// Immutable. Gold: the TIMEX3s of type DATE. A found expression overlapping only a gold TIMEX3 of another
/// type (TIME, DURATION, SET) counts neither way, since only DATEs are scored.
/// </remarks>
public sealed record TempEvalReport
{
    /// <summary>Documents scored.</summary>
    public required int Documents { get; init; }

    /// <summary>Gold DATE expressions.</summary>
    public required int Gold { get; init; }

    /// <summary>Found expressions scored (those not set aside as overlapping other gold types).</summary>
    public required int Found { get; init; }

    /// <summary>Gold DATEs overlapped by a found expression.</summary>
    public required int RelaxedHits { get; init; }

    /// <summary>Found expressions overlapping a gold DATE.</summary>
    public required int RelaxedFoundHits { get; init; }

    /// <summary>Gold DATEs found with exactly their span.</summary>
    public required int StrictHits { get; init; }

    /// <summary>Gold DATEs found (relaxed) whose value equals ours.</summary>
    public required int ValueHits { get; init; }

    /// <summary>Relaxed precision: found expressions that overlap a gold DATE.</summary>
    public double RelaxedPrecision => Ratio(RelaxedFoundHits, Found);

    /// <summary>Relaxed recall: gold DATEs overlapped.</summary>
    public double RelaxedRecall => Ratio(RelaxedHits, Gold);

    /// <summary>Relaxed F1.</summary>
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Strict precision: found expressions with a gold DATE's exact span.</summary>
    public double StrictPrecision => Ratio(StrictHits, Found);

    /// <summary>Strict recall.</summary>
    public double StrictRecall => Ratio(StrictHits, Gold);

    /// <summary>Strict F1.</summary>
    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    /// <summary>Of the gold DATEs found, the share whose normalised value equals the gold value.</summary>
    public double ValueAccuracy => Ratio(ValueHits, RelaxedHits);

    /// <summary>Some of the disagreements, for reading: <c>doc | gold text = gold value | ours</c>.</summary>
    public IReadOnlyList<string> Disagreements { get; init; } = [];

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Documents} documents, {Gold} gold DATEs, {Found} found | relaxed P {RelaxedPrecision:F3} R {RelaxedRecall:F3} F1 {RelaxedF1:F3} | " +
        $"strict P {StrictPrecision:F3} R {StrictRecall:F3} F1 {StrictF1:F3} | value accuracy {ValueAccuracy:F3}";
}

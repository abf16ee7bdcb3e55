using NodaTime;

namespace Annals.Knowledge;

/// <summary>An ICC warrant of arrest, summons to appear, or public Prosecutor's application (<c>warrants.tsv</c>).</summary>
/// <remarks>Immutable. One row per person; several instruments are listed in <see cref="Instruments"/> and <see cref="Issued"/>.</remarks>
public sealed record Warrant
{
    /// <summary>The person's id, shared with <see cref="Person.Id"/> where the person is also a leader.</summary>
    public required string PersonId { get; init; }

    /// <summary>The name as the court gives it.</summary>
    public required string PersonName { get; init; }

    /// <summary>Other names.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Nationality (iso3); <c>XSO</c> for the South Ossetian officials.</summary>
    public string? NationalityIso3 { get; init; }

    /// <summary>Position when charged.</summary>
    public required string Position { get; init; }

    /// <summary>Always <c>ICC</c> for now.</summary>
    public required string Court { get; init; }

    /// <summary>The ICC situation, e.g. <c>Ukraine</c>.</summary>
    public required string Situation { get; init; }

    /// <summary>The instruments, <c>|</c>-joined: warrant, summons or application.</summary>
    public required string Instrument { get; init; }

    /// <summary>The instruments, one per <see cref="Issued"/> date where the data pairs them.</summary>
    public required IReadOnlyList<string> Instruments { get; init; }

    /// <summary>Issue dates (application date for applications).</summary>
    public required IReadOnlyList<LocalDate> Issued { get; init; }

    /// <summary>Human-readable charges, e.g. "2 war crimes (unlawful deportation and transfer of children)".</summary>
    public required string Charges { get; init; }

    /// <summary>Status code: at_large, in_icc_custody, convicted_serving, deceased_terminated, application_pending, …</summary>
    public required string Status { get; init; }

    /// <summary>The date of the status, possibly partial.</summary>
    public PartialDate? StatusDate { get; init; }

    /// <summary>The day the warrant stopped binding (arrest, surrender, death, withdrawal); null while outstanding.</summary>
    public LocalDate? Ended { get; init; }

    /// <summary>How sure <see cref="Ended"/> is: checked, from-memory, or upper-bound (ended by then, exact day unknown).</summary>
    public string? EndedConfidence { get; init; }

    /// <summary>Source ids.</summary>
    public required string Source { get; init; }

    /// <summary>The first day an arrest warrant (not a summons or application) existed, or null if none.</summary>
    public LocalDate? FirstArrestWarrant
    {
        get
        {
            for (var i = 0; i < Issued.Count; i++)
            {
                var instrument = Instruments.Count == Issued.Count ? Instruments[i] : Instruments[0];
                if (instrument == "warrant")
                {
                    return Issued[i];
                }
            }

            return null;
        }
    }

    /// <summary>True when an arrest warrant had been issued by <paramref name="date"/> and had not yet ended.</summary>
    public bool IsInForceOn(LocalDate date) =>
        FirstArrestWarrant is { } issued && issued <= date && (Ended is not { } ended || date < ended);
}

namespace Annals.Store;

/// <summary>What an ingest run did, article by article.</summary>
/// <remarks>Mutable and not thread-safe: one per run.</remarks>
public sealed class IngestSummary
{
    /// <summary>Inputs (files) opened.</summary>
    public int Inputs { get; set; }

    /// <summary>Articles read.</summary>
    public int Read { get; set; }

    /// <summary>Articles already stored from the same input location by an earlier run, passed over.</summary>
    public int Skipped { get; set; }

    /// <summary>Records or inputs that could not be read or analysed.</summary>
    public int Rejected { get; set; }

    /// <summary>Exact duplicates: content already stored from another input location (recorded as a sighting, not stored again).</summary>
    public int Duplicates { get; set; }

    /// <summary>New articles stored.</summary>
    public int Stored { get; set; }

    /// <summary>Of the stored articles, those linked to an earlier one as near-duplicates.</summary>
    public int NearDuplicates { get; set; }

    /// <summary>Event reports stored.</summary>
    public int EventMentions { get; set; }

    /// <summary>Inputs that could not be read at all.</summary>
    public int FailedInputs { get; set; }

    /// <summary>One line for a terminal.</summary>
    public override string ToString() =>
        $"read {Read}, skipped {Skipped} (already stored), rejected {Rejected}, duplicates {Duplicates}, stored {Stored} " +
        $"({NearDuplicates} near-duplicate{(NearDuplicates == 1 ? "" : "s")}), {EventMentions} event report{(EventMentions == 1 ? "" : "s")}" +
        (FailedInputs > 0 ? $"; {FailedInputs} input{(FailedInputs == 1 ? "" : "s")} could not be read" : "");
}

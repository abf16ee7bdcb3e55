namespace Annals.Events;

/// <summary>Whether an event is reported as having happened; printed lower-case in the JSON contract.</summary>
public enum Modality
{
    /// <summary>Reported as done or under way.</summary>
    Asserted,
    /// <summary>Planned, scheduled, announced or predicted.</summary>
    Expected,
    /// <summary>Denied or negated ("did not", "denied").</summary>
    Denied,
    /// <summary>Conditional or possible ("if", "could", "would").</summary>
    Hypothetical,
}

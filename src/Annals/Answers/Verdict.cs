namespace Annals.Answers;

/// <summary>What the record says of a claim; printed lower-case in the JSON contract.</summary>
public enum Verdict
{
    /// <summary>The knowledge base or the store supports it.</summary>
    Supported,
    /// <summary>The knowledge base or the store contradicts it.</summary>
    Contradicted,
    /// <summary>Nothing known bears on it either way.</summary>
    Unverifiable,
    /// <summary>Too vague to check as written.</summary>
    Vague,
}

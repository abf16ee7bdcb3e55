namespace Annals.Pipeline;

/// <summary>A component's versioned name and the annotations it needs and sets.</summary>
/// <param name="Name">Versioned name, e.g. <c>text.tokenizer.v1</c>; printed in traces and errors.</param>
/// <param name="Requires">Annotations that earlier components must have set.</param>
/// <param name="Assigns">Annotations this component sets.</param>
public sealed record ComponentInfo(string Name, Annotations Requires, Annotations Assigns);

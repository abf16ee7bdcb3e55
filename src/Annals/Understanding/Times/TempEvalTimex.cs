namespace Annals.Understanding.Times;

/// <summary>A gold TIMEX3 of a TimeML document: its span in the plain text, type and normalised value.</summary>
/// <param name="Start">Offset of the first character in <see cref="TempEvalDocument.Text"/>.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The ISO 8601 / TimeML value, e.g. <c>1998-08-07</c>, <c>1998-W32</c>, <c>PRESENT_REF</c>.</param>
/// <param name="Text">The expression as written.</param>
public sealed record TempEvalTimex(int Start, int End, string Type, string Value, string Text);

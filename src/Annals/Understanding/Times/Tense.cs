namespace Annals.Understanding.Times;

/// <summary>The tense a clause around a time expression points to; decides which Thursday "Thursday" is.</summary>
internal enum Tense : byte
{
    None,
    Past,
    Future,
}

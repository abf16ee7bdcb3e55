using NodaTime;

namespace Annals.Tests.Understanding.Places;

/// <summary>One document of a geoparsing corpus with its gold place names.</summary>
/// <param name="Id">Document id or URL.</param>
/// <param name="Text">The document text the offsets point into.</param>
/// <param name="Published">The download or publication date, when the corpus gives one.</param>
/// <param name="Gold">Gold place names that carry coordinates.</param>
internal sealed record GoldDocument(string Id, string Text, LocalDate? Published, IReadOnlyList<GoldToponym> Gold, string? Url = null);

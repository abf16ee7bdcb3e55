using Annals.Events;
using Annals.Events.Aggregation;
using Annals.Reading;
using Annals.Store;
using Annals.Text;
using Annals.Understanding.Entities;
using Annals.Understanding.Times;
using NodaTime;

namespace Annals.Tests.Store;

/// <summary>Builders for store inputs: articles with hand-made coded events, so store tests do not depend on the coder.</summary>
internal static class StoreFixtures
{
    public static readonly Instant At = Instant.FromUtc(2024, 5, 1, 12, 0);

    public static CodedEvent Event(string code, string sourceActor, string? targetActor, EventDate date,
        Modality modality = Modality.Asserted, int sentence = 0, string? location = null, string? locationCountry = null) => new()
    {
        Code = code,
        Label = "label " + code,
        QuadClass = code.StartsWith("17", StringComparison.Ordinal) ? 4 : 1,
        Goldstein = 1.9,
        Modality = modality,
        Source = new EventActor { Text = sourceActor, Range = new TextRange(0, 3), Actor = sourceActor, Country = sourceActor[..3], Name = sourceActor },
        Target = targetActor is null ? null : new EventActor { Text = targetActor, Range = new TextRange(10, 13), Actor = targetActor, Country = targetActor[..3], Name = targetActor },
        Location = location is null ? null : new EventLocation(location, locationCountry, 42.87, 74.59) { Id = "geonames:1528675" },
        Date = date,
        Sentence = sentence,
        Range = new TextRange(0, 13),
        Evidence = $"{sourceActor} did {code} to {targetActor}.",
        Pattern = "test pattern",
    };

    public static ArticleRecord Record(string text, string sighting, IReadOnlyList<CodedEvent> events,
        string? url = null, LocalDate? published = null, string? duplicateOf = null, string? id = null)
    {
        var article = new Article
        {
            Id = id ?? ArticleId.FromContent(null, text),
            Text = text,
            Url = url,
            Published = published is { } p ? new PublicationDate(p) : null,
            Format = ArticleFormat.Text,
            Source = sighting,
        };
        var fingerprint = Fingerprints.Of(null, text);
        return new ArticleRecord
        {
            Article = article,
            Sighting = sighting,
            Fingerprint = fingerprint,
            DuplicateOf = duplicateOf,
            Outlet = StoreIngester.OutletOf(article, sighting),
            Tone = ToneLexicon.Default.Score(null, text),
            Mentions = [new EntityMention { Range = new TextRange(0, 3), FirstToken = 0, EndToken = 1, Text = text[..3], Type = EntityType.State, Actor = "RUS", Country = "RUS" }],
            Happenings = EventAggregator.Group(events, article, duplicateOf ?? fingerprint.ContentHash),
        };
    }

    public static StoreBatch Batch(long run, params ArticleRecord[] articles) =>
        new() { RunId = run, At = At, Articles = articles, Sightings = [] };
}

namespace Annals.Understanding.Entities;

/// <summary>How the entity recogniser links what it finds.</summary>
public sealed record EntityOptions
{
    /// <summary>
    /// Link a lone surname to a leader of the knowledge base when no other leader shares it and no
    /// fuller name of another person surrounds it ("Putin said ..." before "Vladimir Putin" appears).
    /// </summary>
    public bool LinkLeaderSurnames { get; init; } = true;

    /// <summary>
    /// The user's PETRARCH or TABARI actor dictionaries: names the knowledge base does not hold are recognised
    /// with the codes these give for the article's date.
    /// </summary>
    public IReadOnlyList<PetrarchActorDictionary> ActorDictionaries { get; init; } = [];

    /// <summary>The user's PETRARCH agents dictionaries: generic actors ("ambassador", GOV) the shipped groups and titles lack.</summary>
    public IReadOnlyList<PetrarchAgentDictionary> AgentDictionaries { get; init; } = [];
}

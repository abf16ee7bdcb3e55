using Annals.Events.Patterns;
using Annals.Understanding.Entities;

namespace Annals.Pipeline;

/// <summary>The user's own PETRARCH or TABARI dictionaries, used beside the shipped knowledge.</summary>
/// <param name="Verbs">Verb dictionaries: their patterns are matched beside the shipped ones.</param>
/// <param name="Actors">Actor dictionaries: names the knowledge base does not hold are recognised with their codes.</param>
/// <param name="Agents">Agents dictionaries: generic actors the shipped groups and titles lack.</param>
public sealed record UserDictionaries(
    IReadOnlyList<PetrarchVerbDictionary> Verbs,
    IReadOnlyList<PetrarchActorDictionary> Actors,
    IReadOnlyList<PetrarchAgentDictionary> Agents);

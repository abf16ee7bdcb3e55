using Annals.Events.Patterns;
using Annals.Understanding.Entities;

namespace Annals.Pipeline;

/// <summary>The user's own PETRARCH or TABARI dictionaries, used beside the shipped knowledge.</summary>
/// <param name="Verbs">Verb dictionaries: their patterns are matched beside the shipped ones.</param>
/// <param name="Actors">Actor dictionaries: names the knowledge base does not hold are recognised with their codes.</param>
public sealed record UserDictionaries(IReadOnlyList<PetrarchVerbDictionary> Verbs, IReadOnlyList<PetrarchActorDictionary> Actors)
{
    /// <summary>Whether there are none.</summary>
    public bool IsEmpty => Verbs.Count == 0 && Actors.Count == 0;
}

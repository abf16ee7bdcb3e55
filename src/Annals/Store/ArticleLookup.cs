namespace Annals.Store;

/// <summary>What the store knows about an article's content.</summary>
public enum ArticleLookup
{
    /// <summary>No article with that content is stored.</summary>
    New,
    /// <summary>The content is stored and was already seen at this very input location: a rerun.</summary>
    AlreadyStored,
    /// <summary>The content is stored from another input location: an exact duplicate.</summary>
    Duplicate,
}

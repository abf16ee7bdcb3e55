namespace Annals.Understanding.Entities;

/// <summary>What a gazetteer phrase names, which decides how a match becomes a mention.</summary>
internal enum EntryKind
{
    /// <summary>A state's name or alias: Kyrgyzstan, Britain.</summary>
    StateName,
    /// <summary>A state's adjective or demonym: Russian, Kyrgyzstani, Russians.</summary>
    StateAdjective,
    /// <summary>A building or place standing for a government: the Kremlin, Downing Street.</summary>
    SeatOfPower,
    /// <summary>A capital city, a metonym for its government unless it is a place in the sentence.</summary>
    Capital,
    /// <summary>An organisation's name, alias or acronym.</summary>
    Organization,
    /// <summary>A capitalised organisation name the knowledge base does not hold: "Rapid Support Forces".</summary>
    UnlinkedOrganization,
    /// <summary>A person's full name or alias.</summary>
    Person,
    /// <summary>A populated place.</summary>
    Place,
    /// <summary>A first- or second-level administrative division: Texas, Harris County.</summary>
    AdminDivision,
    /// <summary>A world region: Central Asia, the Middle East.</summary>
    Region,
    /// <summary>A generic group: police, protesters, human rights groups.</summary>
    Group,
    /// <summary>A title of office: president, foreign minister.</summary>
    Title,
    /// <summary>An actor of a user's PETRARCH or TABARI dictionary, for a name the knowledge base does not hold.</summary>
    UserActor,
}

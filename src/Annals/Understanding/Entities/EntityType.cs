namespace Annals.Understanding.Entities;

/// <summary>What kind of thing an entity mention names; printed lower-case in the JSON contract.</summary>
public enum EntityType
{
    /// <summary>A named person.</summary>
    Person,
    /// <summary>A state or territory, named or by metonym (the Kremlin).</summary>
    State,
    /// <summary>An organisation: intergovernmental, court, company, party.</summary>
    Organization,
    /// <summary>A place below or beside state level: a city, region or area.</summary>
    Place,
    /// <summary>A generic group: police, protesters, human rights groups.</summary>
    Group,
}

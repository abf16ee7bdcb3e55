namespace Annals.Pipeline;

/// <summary>The kinds of annotation a component reads or writes on a <see cref="Text.Doc"/>.</summary>
[Flags]
public enum Annotations
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary><see cref="Text.Doc.Tokens"/>.</summary>
    Tokens = 1 << 0,
    /// <summary><see cref="Text.Doc.Sentences"/>.</summary>
    Sentences = 1 << 1,
    /// <summary><see cref="Text.Doc.Entities"/>.</summary>
    Entities = 1 << 2,
    /// <summary>Coordinates and countries on place entities.</summary>
    Places = 1 << 3,
    /// <summary><see cref="Text.Doc.Times"/>.</summary>
    Times = 1 << 4,
    /// <summary><see cref="Text.Doc.Events"/>.</summary>
    Events = 1 << 5,
    /// <summary><see cref="Text.Doc.Context"/>.</summary>
    Context = 1 << 6,
    /// <summary><see cref="Text.Doc.Claims"/>.</summary>
    Claims = 1 << 7,
}

namespace Annals.Events.Patterns;

/// <summary>Which inflections of a verb a word form is; a form can be several (visited = past and participle).</summary>
[Flags]
internal enum VerbForms : byte
{
    None = 0,
    Base = 1 << 0,
    ThirdPerson = 1 << 1,
    Past = 1 << 2,
    Participle = 1 << 3,
    Gerund = 1 << 4,
}

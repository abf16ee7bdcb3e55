using Annals.Diagnostics;

namespace Annals.Pipeline;

/// <summary>Collects components in order and builds an immutable <see cref="Pipeline"/> from them.</summary>
/// <remarks>Not thread-safe; build once and share the result. Add components with the <c>UseXxx</c> extensions.</remarks>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineComponent> _components = [];
    private bool _built;

    /// <summary>The components so far, in run order.</summary>
    public IReadOnlyList<IPipelineComponent> Components => _components;

    /// <summary>Appends a component.</summary>
    public PipelineBuilder Add(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        EnsureNotBuilt();
        _components.Add(component);
        return this;
    }

    /// <summary>Appends a component unless one of the same type is already there.</summary>
    public PipelineBuilder AddIfNotAlready<T>(Func<T> create) where T : IPipelineComponent
    {
        if (!_components.OfType<T>().Any()) Add(create());
        return this;
    }

    /// <summary>Inserts a component before the first one of type <typeparamref name="TBefore"/>, or appends it.</summary>
    public PipelineBuilder InsertBefore<TBefore>(IPipelineComponent component) where TBefore : IPipelineComponent
    {
        EnsureNotBuilt();
        var index = _components.FindIndex(c => c is TBefore);
        if (index < 0) _components.Add(component); else _components.Insert(index, component);
        return this;
    }

    /// <summary>Checks that every component's requirements are met by those before it, and builds the pipeline.</summary>
    /// <exception cref="AnnalsException">E101 when a requirement is unmet; E102 when built twice.</exception>
    public Pipeline Build()
    {
        EnsureNotBuilt();
        var available = Annotations.None;
        foreach (var component in _components)
        {
            var missing = component.Info.Requires & ~available;
            if (missing != Annotations.None)
                throw new AnnalsException(ErrorCodes.PipelineOrder,
                    $"component '{component.Info.Name}' requires {missing}, which no earlier component assigns");
            available |= component.Info.Assigns;
        }
        _built = true;
        return new Pipeline([.. _components]);
    }

    private void EnsureNotBuilt()
    {
        if (_built)
            throw new AnnalsException(ErrorCodes.PipelineBuiltTwice, "this builder has already built its pipeline; start a new builder");
    }
}

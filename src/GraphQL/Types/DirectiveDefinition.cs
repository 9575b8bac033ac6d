namespace BpjsTk.GraphQL.Types;

/// <summary>A directive definition (spec 3.13): its arguments, where it may appear, and whether it may repeat.</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(string name, string? description, IReadOnlyList<DirectiveLocation> locations, bool isRepeatable)
    {
        Name = name;
        Description = description;
        Locations = locations;
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name without the <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The arguments in declaration order.</summary>
    public FieldCollection<InputValue> Arguments { get; internal set; } = new FieldCollection<InputValue>([]);

    /// <summary>The locations in declaration order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>True when the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>True for the directives every schema has: skip, include, deprecated, specifiedBy, oneOf.</summary>
    public bool IsBuiltIn => BuiltInDirectives.IsBuiltInName(Name);

    /// <summary>True when the directive may appear at <paramref name="location"/>.</summary>
    public bool IsAllowedAt(DirectiveLocation location) => Locations.Contains(location);

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;
}

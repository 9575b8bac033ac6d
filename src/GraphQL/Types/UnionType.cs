namespace BpjsTk.GraphQL.Types;

/// <summary>A union of object types (spec 3.8).</summary>
public sealed class UnionType : INamedType
{
    internal UnionType(string name, string? description, IReadOnlyList<AppliedDirective> directives)
    {
        Name = name;
        Description = description;
        Directives = directives;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.Union;

    /// <inheritdoc/>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>The member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Chooses the object type of a runtime value; when null, each member's <see cref="ObjectType.IsInstanceOfType"/> decides.</summary>
    public ResolveType? ResolveType { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

namespace BpjsTk.GraphQL.Types;

/// <summary>An interface type (spec 3.7); it may implement other interfaces.</summary>
public sealed class InterfaceType : ComplexOutputType
{
    internal InterfaceType(string name, string? description, IReadOnlyList<AppliedDirective> directives)
        : base(name, description, directives)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Chooses the object type of a runtime value; when null, each possible type's <see cref="ObjectType.IsInstanceOfType"/> decides.</summary>
    public ResolveType? ResolveType { get; internal set; }
}

namespace BpjsTk.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object (spec 3.4).</summary>
public interface INamedType : IType, IHasDirectives
{
    /// <summary>The type's name, unique in its schema.</summary>
    string Name { get; }

    /// <summary>The type's description, or null.</summary>
    string? Description { get; }
}

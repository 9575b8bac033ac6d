namespace BpjsTk.GraphQL.Types;

/// <summary>
/// A type as fields, arguments and variables refer to it: a named type or a list or non-null
/// wrapper around one (spec 3.4 Types). <see cref="object.ToString"/> gives the SDL reference, e.g. <c>[Region!]!</c>.
/// </summary>
public interface IType
{
    /// <summary>What kind of type this is.</summary>
    TypeKind Kind { get; }
}

using System.Reflection;

namespace BpjsTk.GraphQL.Data;

/// <summary>
/// A property filtering and sorting can reach: its GraphQL field name, its kind, and its value type
/// (without <see cref="Nullable{T}"/>; the element type for lists).
/// </summary>
internal sealed record DataMember(string Name, PropertyInfo Property, DataMemberKind Kind, Type ValueType, string? ScalarName)
{
    /// <summary>The filter input bound explicitly instead of the inferred one.</summary>
    public string? FilterTypeName { get; init; }
}

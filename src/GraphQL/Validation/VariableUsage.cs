using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// A variable used somewhere in an operation or fragment, with the input type expected where it
/// stands (null when that position has no known type) and the default value of the argument or
/// input field it fills, if any (spec 5.8.5 All Variable Usages Are Allowed).
/// </summary>
public sealed record VariableUsage(VariableNode Node, IType? Type, ValueNode? DefaultValue)
{
    /// <summary>True when the position declares a default value that is not <c>null</c>.</summary>
    public bool HasNonNullDefaultValue => DefaultValue is not null and not NullValueNode;

    /// <summary>The input type holding the position (an input object for a field, a list for an item), or null.</summary>
    public IType? ParentInputType { get; init; }
}

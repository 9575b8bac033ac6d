namespace BpjsTk.GraphQL.Types;

/// <summary>A list of the inner type (spec 3.12.1). Equal to any other list of an equal inner type.</summary>
/// <param name="OfType">The type of the items.</param>
public sealed record ListType(IType OfType) : IType
{
    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.List;

    /// <inheritdoc/>
    public override string ToString() => $"[{OfType}]";
}

namespace BpjsTk.GraphQL.Types;

/// <summary>A scalar: the implementation is complete already; SDL may only add directives.</summary>
internal sealed class ScalarTypeConfig : TypeConfig
{
    public override TypeKind Kind => TypeKind.Scalar;

    public ScalarType? Scalar { get; set; }
}

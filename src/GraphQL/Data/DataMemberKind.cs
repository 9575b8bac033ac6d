namespace BpjsTk.GraphQL.Data;

/// <summary>What a CLR property is to filtering and sorting.</summary>
internal enum DataMemberKind
{
    Scalar,
    Enum,
    Object,
    List,
}

using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation.FieldsInSetCanMerge;

/// <summary>A field as selected in one place: its node, the type it is selected on and its definition there (null when unknown).</summary>
internal sealed class FieldOccurrence(INamedType? parentType, FieldNode node, OutputField? definition)
{
    public INamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public OutputField? Definition { get; } = definition;

    /// <summary>No arguments and no sub-selection: two such fields of one name and type never conflict.</summary>
    public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null;

    /// <summary>The arguments in a canonical text, computed on first use.</summary>
    public string? ArgumentsKey { get; set; }

    /// <summary>The number of the occurrence's shape (its type and its text without alias), or -1 until computed.</summary>
    public int ShapeId { get; set; } = -1;
}

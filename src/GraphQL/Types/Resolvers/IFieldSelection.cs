using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// One field of a selection set after field collection (spec 6.3.2 CollectFields): every field node
/// with the same response name merged. The executor implements it; projection reads it.
/// </summary>
public interface IFieldSelection
{
    /// <summary>The field's name in the schema.</summary>
    string Name { get; }

    /// <summary>The alias, or null when the field was not aliased.</summary>
    string? Alias { get; }

    /// <summary>The key of the field in the response: the alias, else the name.</summary>
    string ResponseName { get; }

    /// <summary>The field definition selected.</summary>
    OutputField Field { get; }

    /// <summary>The field nodes merged into this selection, in document order.</summary>
    IReadOnlyList<FieldNode> Nodes { get; }

    /// <summary>
    /// The fields selected below this one when the value is of <paramref name="typeContext"/>
    /// (fragments and <c>@skip</c>/<c>@include</c> applied); empty for leaf fields.
    /// </summary>
    IReadOnlyList<IFieldSelection> GetSelections(ObjectType typeContext);
}

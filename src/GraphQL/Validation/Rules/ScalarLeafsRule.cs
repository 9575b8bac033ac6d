using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.3.3 Leaf Field Selections: scalars and enums take no selection set; objects, interfaces and unions need one.</summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        if (Context.Type is not { } type)
        {
            return;
        }

        var name = node.Name.Value;
        if (type.NamedType().IsLeafType())
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            Context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node);
        }
        else if (node.SelectionSet.Selections.Count == 0)
        {
            Context.ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", node);
        }
    }
}

using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Validation.FieldsInSetCanMerge;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.3.2 Field Selection Merging: fields with one response name must be the same field with
/// the same arguments, or sit on distinct object types, and return shapes that merge. Each
/// conflict is reported once per pair of fields, as graphql-js 17 reports it.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private readonly FieldConflictFinder _finder = new(context);
    private SelectionSetNode? _inlineFragmentSelectionSet;

    public override void EnterInlineFragment(InlineFragmentNode node) => _inlineFragmentSelectionSet = node.SelectionSet;

    public override void EnterSelectionSet(SelectionSetNode node)
    {
        // an inline fragment's fields are compared as part of the selection set around it
        if (ReferenceEquals(node, _inlineFragmentSelectionSet)
            || (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)))
        {
            return;
        }

        var room = (long)Context.Options.MaxErrors - Context.Errors.Count + 1;
        foreach (var conflict in _finder.FindConflictsWithinSelectionSet(Context.ParentType, node, room))
        {
            Context.ReportError(FieldConflictFinder.Message(conflict), [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }
}

using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.3.1 Field Selections: every field selected is defined on the type it is selected on. The error
/// suggests the types where the field does exist (for an abstract type), else fields with similar names.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        if (Context.ParentType is not { } parentType || Context.FieldDefinition is not null)
        {
            return;
        }

        var name = node.Name.Value;
        var suggestion = Context.DidYouMean(SuggestedTypeNames(parentType, name), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = parentType is ComplexOutputType complex ? Context.SuggestionsFor(name, complex.Fields.Select(f => f.Name)) : string.Empty;
        }

        Context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\".{suggestion}", node);
    }

    // the possible types that define the field, and their interfaces that do, most used first, interfaces before their implementations
    private List<string> SuggestedTypeNames(INamedType type, string fieldName)
    {
        if (!type.IsAbstractType() || !Context.Options.IncludeSuggestions)
        {
            return [];
        }

        var schema = Context.Schema;
        var suggested = new List<ComplexOutputType>();
        var usageCount = new Dictionary<ComplexOutputType, int>(ReferenceEqualityComparer.Instance);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (!possibleType.Fields.ContainsField(fieldName))
            {
                continue;
            }

            if (usageCount.TryAdd(possibleType, 1))
            {
                suggested.Add(possibleType);
            }

            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.ContainsField(fieldName))
                {
                    continue;
                }

                if (usageCount.TryGetValue(possibleInterface, out var count))
                {
                    usageCount[possibleInterface] = count + 1;
                }
                else
                {
                    usageCount[possibleInterface] = 1;
                    suggested.Add(possibleInterface);
                }
            }
        }

        suggested.Sort((a, b) =>
        {
            var usageDifference = usageCount[b] - usageCount[a];
            if (usageDifference != 0)
            {
                return usageDifference;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return NaturalComparer.Instance.Compare(a.Name, b.Name);
        });
        return suggested.ConvertAll(t => t.Name);
    }
}

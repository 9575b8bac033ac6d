using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.6.1 Values of Correct Type: every literal fits the input type of its position, input
/// objects give their required fields and no unknown ones, and a OneOf input object gives exactly
/// one non-null field (spec 3.10.1). Leaf literals are checked by the scalar or enum itself, and
/// its message is passed through as graphql-js does.
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    // a value already judged as a whole (a list or object where a scalar stands): its parts are not checked again
    private ValueNode? _skipped;

    public override void EnterValue(ValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        switch (node)
        {
            case ListValueNode:
                // the type info has already stepped into the item type, so the list's own type is the parent's
                if (Context.ParentInputType?.NullableType() is not ListType)
                {
                    CheckLeafValue(node);
                    _skipped = node;
                }

                break;
            case ObjectValueNode obj:
                if (Context.InputType?.NamedType() is InputObjectType inputObject)
                {
                    CheckInputObject(obj, inputObject);
                }
                else
                {
                    CheckLeafValue(node);
                    _skipped = node;
                }

                break;
            case NullValueNode:
                if (Context.InputType is NonNullType nonNull)
                {
                    Context.ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                }

                break;
            default:
                CheckLeafValue(node);
                break;
        }
    }

    public override void LeaveValue(ValueNode node)
    {
        if (ReferenceEquals(node, _skipped))
        {
            _skipped = null;
        }
    }

    public override void EnterObjectField(ObjectFieldNode node)
    {
        if (_skipped is null
            && Context.InputType is null
            && Context.ParentInputType?.NamedType() is InputObjectType parent)
        {
            var suggestions = Context.Options.IncludeSuggestions
                ? SuggestionList.For(node.Name.Value, parent.Fields.Select(f => f.Name))
                : [];
            Context.ReportError(
                $"Field \"{node.Name.Value}\" is not defined by type \"{parent.Name}\"." + DidYouMean.Format(suggestions),
                node);
        }
    }

    private void CheckInputObject(ObjectValueNode node, InputObjectType type)
    {
        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            given[field.Name.Value] = field;
        }

        foreach (var field in type.Fields)
        {
            if (!given.ContainsKey(field.Name) && field.Type is NonNullType && !field.HasDefaultValue)
            {
                Context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
            }
        }

        // spec 3.10.1 OneOf Input Objects: exactly one field, and not null
        if (type.IsOneOf)
        {
            if (given.Count != 1)
            {
                Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            }
            else if (given.Values.First() is { Value: NullValueNode } onlyField)
            {
                Context.ReportError($"Field \"{type.Name}.{onlyField.Name.Value}\" must be non-null.", node);
            }
        }
    }

    private void CheckLeafValue(ValueNode node)
    {
        if (Context.InputType is not { } locationType)
        {
            return;
        }

        if (locationType.NamedType() is not ILeafType leaf)
        {
            Context.ReportError($"Expected value of type \"{locationType}\", found {SyntaxPrinter.Print(node)}.", node);
            return;
        }

        if (leaf is EnumType enumType)
        {
            CheckEnumValue(node, enumType);
            return;
        }

        try
        {
            // a scalar that gives nothing back for a literal rejects it without saying why
            if (leaf.ParseLiteral(node) is null)
            {
                Context.ReportError($"Expected value of type \"{locationType}\", found {SyntaxPrinter.Print(node)}.", node);
            }
        }
        catch (GraphQLException e)
        {
            Context.ReportError(e.Message, node);
        }
        catch (Exception e)
        {
            // a custom scalar's own exception: its message is kept after graphql-js's sentence
            Context.ReportError($"Expected value of type \"{locationType}\", found {SyntaxPrinter.Print(node)}; {e.Message}", node);
        }
    }

    // graphql-js GraphQLEnumType.parseLiteral, with its suggestions
    private void CheckEnumValue(ValueNode node, EnumType type)
    {
        if (node is EnumValueNode enumValue && type.TryGetValue(enumValue.Value, out _))
        {
            return;
        }

        var text = SyntaxPrinter.Print(node);
        var suggestions = Context.Options.IncludeSuggestions
            ? DidYouMean.Format(SuggestionList.For(text, type.Values.Select(v => v.Name)), "the enum value")
            : string.Empty;
        Context.ReportError(
            node is EnumValueNode
                ? $"Value \"{text}\" does not exist in \"{type.Name}\" enum.{suggestions}"
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {text}.{suggestions}",
            node);
    }
}

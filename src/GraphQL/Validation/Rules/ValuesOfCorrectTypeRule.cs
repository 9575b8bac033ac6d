using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.6.1 Values of Correct Type: every literal fits the input type of its position, input
/// objects give their required fields and no unknown ones, and a OneOf input object gives exactly
/// one non-null field (spec 3.10.1). Each outermost literal is checked whole, as graphql-js 17's
/// validateInputLiteral does; leaf literals are judged by the scalar or enum itself, whose message is passed through.
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    // the outermost literal being checked: the values inside it were checked with it
    private ValueNode? _checking;

    public override void EnterValue(ValueNode node)
    {
        if (_checking is not null)
        {
            return;
        }

        _checking = node;

        // on entering a list the type info has already stepped into the item type, so the list's own type is the parent's
        if ((node is ListValueNode ? Context.ParentInputType : Context.InputType) is { } type)
        {
            Check(node, type);
        }
    }

    public override void LeaveValue(ValueNode node)
    {
        if (ReferenceEquals(node, _checking))
        {
            _checking = null;
        }
    }

    // variables are checked by VariablesInAllowedPositionRule; here only literals count
    private void Check(ValueNode node, IType type)
    {
        if (node is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                Context.ReportError($"Expected value of non-null type \"{type}\" not to be null.", node);
                return;
            }

            Check(node, nonNull.OfType);
            return;
        }

        if (node is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode items)
                {
                    foreach (var item in items.Values)
                    {
                        Check(item, list.OfType);
                    }
                }
                else
                {
                    // spec 3.12.1: a single value where a list is expected stands for a list of one
                    Check(node, list.OfType);
                }

                break;
            case InputObjectType inputObject:
                CheckInputObject(node, inputObject);
                break;
            case EnumType enumType:
                CheckEnumValue(node, enumType);
                break;
            case ILeafType leaf:
                CheckScalarValue(node, leaf);
                break;
        }
    }

    private void CheckInputObject(ValueNode node, InputObjectType type)
    {
        if (node is not ObjectValueNode obj)
        {
            Context.ReportError($"Expected value of type \"{type}\" to be an object, found: {SyntaxPrinter.Print(node)}.", node);
            return;
        }

        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            given[field.Name.Value] = field;
        }

        foreach (var field in type.Fields)
        {
            if (given.TryGetValue(field.Name, out var fieldNode))
            {
                Check(fieldNode.Value, field.Type);
            }
            else if (field.Type is NonNullType && !field.HasDefaultValue)
            {
                Context.ReportError($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {SyntaxPrinter.Print(obj)}.", obj);
            }
        }

        var known = new List<ObjectFieldNode>(obj.Fields.Count);
        foreach (var fieldNode in obj.Fields)
        {
            if (type.Fields.ContainsField(fieldNode.Name.Value))
            {
                known.Add(fieldNode);
                continue;
            }

            var suggestion = Context.Options.IncludeSuggestions
                ? DidYouMean.Format(SuggestionList.For(fieldNode.Name.Value, type.Fields.Select(f => f.Name)))
                : string.Empty;
            Context.ReportError(
                $"Expected value of type \"{type}\" not to include unknown field \"{fieldNode.Name.Value}\"{(suggestion.Length != 0 ? "." + suggestion + " Found" : ", found")}: {SyntaxPrinter.Print(obj)}.",
                fieldNode);
        }

        // spec 3.10.1 OneOf Input Objects: exactly one field, and not null
        if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValueNode))
        {
            Context.ReportError($"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.", obj);
        }
    }

    private void CheckScalarValue(ValueNode node, ILeafType scalar)
    {
        Exception? caught = null;
        try
        {
            if (scalar.ParseLiteral(node) is not null)
            {
                return;
            }
        }
        catch (GraphQLException e)
        {
            Context.ReportError(e.Message, node);
            return;
        }
        catch (Exception e)
        {
            // a custom scalar's own exception: its message is quoted in graphql-js's sentence
            caught = e;
        }

        // a scalar that gives nothing back for a literal rejects it
        var encountered = caught is null ? ", found" : $", but encountered error \"{caught.Message}\"; found";
        Context.ReportError($"Expected value of type \"{scalar}\"{encountered}: {SyntaxPrinter.Print(node)}.", node);
    }

    // graphql-js GraphQLEnumType's literal coercion, with its suggestions
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

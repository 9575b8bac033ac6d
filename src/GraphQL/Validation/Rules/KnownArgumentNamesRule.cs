using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.4.1 Argument Names: every argument given to a field or directive is defined by it.</summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterDirective(DirectiveNode node)
    {
        if (!Context.Schema.TryGetDirective(node.Name.Value, out var directive))
        {
            return;
        }

        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (!directive.Arguments.ContainsField(name))
            {
                var suggestions = Context.SuggestionsFor(name, directive.Arguments.Select(a => a.Name));
                Context.ReportError($"Unknown argument \"{name}\" on directive \"@{directive.Name}\".{suggestions}", argument);
            }
        }
    }

    public override void EnterArgument(ArgumentNode node)
    {
        // a directive's arguments were checked with the directive
        if (Context.Ancestors.Count == 0 || Context.Ancestors[^1] is not FieldNode)
        {
            return;
        }

        if (Context.Argument is null && Context.FieldDefinition is { } field && Context.ParentType is { } parentType)
        {
            var name = node.Name.Value;
            var suggestions = Context.SuggestionsFor(name, field.Arguments.Select(a => a.Name));
            Context.ReportError($"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\".{suggestions}", node);
        }
    }
}

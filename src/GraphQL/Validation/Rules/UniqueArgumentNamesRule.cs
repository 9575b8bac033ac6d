using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.4.2 Argument Uniqueness: one report per repeated name, at every argument of that name.</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node) => Check(node.Arguments);

    public override void EnterDirective(DirectiveNode node) => Check(node.Arguments);

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                Context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(a => a.Name));
            }
        }
    }
}

using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_known.TryGetValue(name.Value, out var first))
        {
            Context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        }
        else
        {
            _known.Add(name.Value, name);
        }
    }
}

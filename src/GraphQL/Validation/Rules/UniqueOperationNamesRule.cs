using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.2.1.1 Operation Name Uniqueness: each named operation has a name of its own.</summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_known.TryGetValue(name.Value, out var first))
        {
            Context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
        }
        else
        {
            _known.Add(name.Value, name);
        }
    }
}

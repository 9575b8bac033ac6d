using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.6.3 Input Object Field Uniqueness: each field of an object literal is given once.</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Stack<Dictionary<string, NameNode>> _knownNames = new();

    public override void EnterValue(ValueNode node)
    {
        if (node is ObjectValueNode)
        {
            _knownNames.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
        }
    }

    public override void LeaveValue(ValueNode node)
    {
        if (node is ObjectValueNode)
        {
            _knownNames.Pop();
        }
    }

    public override void EnterObjectField(ObjectFieldNode node)
    {
        var known = _knownNames.Peek();
        if (known.TryGetValue(node.Name.Value, out var first))
        {
            Context.ReportError($"There can be only one input field named \"{node.Name.Value}\".", first, node.Name);
        }
        else
        {
            known.Add(node.Name.Value, node.Name);
        }
    }
}

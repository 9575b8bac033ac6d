using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution.Planning;

/// <summary>The fields collected from one or more selection sets for one runtime object type (spec 6.3.2 CollectFields), in response order.</summary>
internal sealed class SelectionSetPlan
{
    public SelectionSetPlan(ObjectType type, FieldSelection[] fields)
    {
        Type = type;
        Fields = fields;
    }

    /// <summary>The object type the fields were collected for.</summary>
    public ObjectType Type { get; }

    /// <summary>One entry per response name, in the order the response lists them.</summary>
    public FieldSelection[] Fields { get; }
}

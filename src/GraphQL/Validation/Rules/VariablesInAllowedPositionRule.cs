using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in
/// (a nullable variable may fill a non-null position only when it or the position has a default
/// value), and a variable filling a field of a OneOf input object is non-null (spec 3.10.1).
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        _definitions.Clear();
        foreach (var definition in node.VariableDefinitions)
        {
            _definitions[definition.Variable.Name.Value] = definition;
        }
    }

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is null
                || !_definitions.TryGetValue(name, out var definition)
                || Context.TypeInfo.TypeFromSyntax(definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                Context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentInputType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                Context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    // spec 5.8.5 IsVariableUsageAllowed
    private bool IsAllowed(IType variableType, ValueNode? variableDefault, IType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return IsSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return IsSubTypeOf(variableType, locationType);
    }

    // graphql-js isTypeSubTypeOf
    private bool IsSubTypeOf(IType maybeSubType, IType superType)
    {
        while (true)
        {
            if (maybeSubType.Equals(superType))
            {
                return true;
            }

            switch (superType)
            {
                case NonNullType superNonNull:
                    if (maybeSubType is not NonNullType subNonNull)
                    {
                        return false;
                    }

                    (maybeSubType, superType) = (subNonNull.OfType, superNonNull.OfType);
                    continue;
                case ListType superList when maybeSubType is not NonNullType:
                    if (maybeSubType is not ListType subList)
                    {
                        return false;
                    }

                    (maybeSubType, superType) = (subList.OfType, superList.OfType);
                    continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            return maybeSubType is not ListType
                && superType.IsAbstractType()
                && maybeSubType is ComplexOutputType subType
                && Context.Schema.IsSubType((INamedType)superType, subType);
        }
    }
}

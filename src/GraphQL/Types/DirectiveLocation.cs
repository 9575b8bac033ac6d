namespace BpjsTk.GraphQL.Types;

/// <summary>Where a directive may be applied (spec 3.13 DirectiveLocations); names print in UPPER_SNAKE form.</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    /// <summary>A directive definition; graphql-js 17 allows <c>@deprecated</c> here and introspection lists it.</summary>
    DirectiveDefinition,
}

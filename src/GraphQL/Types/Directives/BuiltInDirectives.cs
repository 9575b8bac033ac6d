using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>The directives every schema has (spec 3.13.1-3.13.5): skip, include, deprecated, specifiedBy, oneOf.</summary>
public static class BuiltInDirectives
{
    /// <summary>The name of <c>@skip</c>.</summary>
    public const string SkipName = "skip";

    /// <summary>The name of <c>@include</c>.</summary>
    public const string IncludeName = "include";

    /// <summary>The name of <c>@deprecated</c>.</summary>
    public const string DeprecatedName = "deprecated";

    /// <summary>The name of <c>@specifiedBy</c>.</summary>
    public const string SpecifiedByName = "specifiedBy";

    /// <summary>The name of <c>@oneOf</c>.</summary>
    public const string OneOfName = "oneOf";

    /// <summary>The reason <c>@deprecated</c> gives when none is written (spec 3.13.3).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@skip(if: Boolean!)</c> on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT (spec 3.13.1).</summary>
    public static DirectiveDefinition Skip { get; } = Create(
        SkipName,
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [Argument(SkipName, "if", "Skipped when true.", new NonNullType(BuiltInScalars.Boolean), null)]);

    /// <summary><c>@include(if: Boolean!)</c> on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT (spec 3.13.2).</summary>
    public static DirectiveDefinition Include { get; } = Create(
        IncludeName,
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [Argument(IncludeName, "if", "Included when true.", new NonNullType(BuiltInScalars.Boolean), null)]);

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c> (spec 3.13.3).</summary>
    public static DirectiveDefinition Deprecated { get; } = Create(
        DeprecatedName,
        "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition],
        [Argument(DeprecatedName, "reason", "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).", new NonNullType(BuiltInScalars.String), new StringValueNode(DefaultDeprecationReason, false))]);

    /// <summary><c>@specifiedBy(url: String!)</c> on SCALAR (spec 3.13.4).</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = Create(
        SpecifiedByName,
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        [Argument(SpecifiedByName, "url", "The URL that specifies the behavior of this scalar.", new NonNullType(BuiltInScalars.String), null)]);

    /// <summary><c>@oneOf</c> on INPUT_OBJECT (spec 3.13.5).</summary>
    public static DirectiveDefinition OneOf { get; } = Create(
        OneOfName,
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.InputObject],
        []);

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True for the names of the built-in directives.</summary>
    public static bool IsBuiltInName(string name) => name is SkipName or IncludeName or DeprecatedName or SpecifiedByName or OneOfName;

    /// <summary>The deprecation reason an element's applied directives give, or null when it is not deprecated.</summary>
    public static string? DeprecationReason(IReadOnlyList<AppliedDirective> directives)
    {
        ArgumentNullException.ThrowIfNull(directives);
        foreach (var directive in directives)
        {
            if (directive.Name == DeprecatedName)
            {
                return directive.GetArgument("reason") is StringValueNode reason ? reason.Value : DefaultDeprecationReason;
            }
        }

        return null;
    }

    private static DirectiveDefinition Create(string name, string description, DirectiveLocation[] locations, InputValue[] arguments) =>
        new(name, description, locations, false) { Arguments = new FieldCollection<InputValue>(arguments) };

    private static InputValue Argument(string directive, string name, string description, IType type, StringValueNode? defaultValue) =>
        new(name, description, type, defaultValue, [], null)
        {
            Coordinate = $"@{directive}({name}:)",
            CoercedDefaultValue = defaultValue?.Value,
        };
}

namespace BpjsTk.GraphQL.Utilities;

/// <summary>What <see cref="IntrospectionQuery.Get"/> asks for; the defaults are graphql-js 17's getIntrospectionQuery defaults.</summary>
public sealed record IntrospectionQueryOptions
{
    /// <summary>The options graphql-js's introspectionFromSchema uses: everything the schema can tell.</summary>
    public static IntrospectionQueryOptions Full { get; } = new()
    {
        SpecifiedByUrl = true,
        DirectiveIsRepeatable = true,
        SchemaDescription = true,
        InputValueDeprecation = true,
        ExperimentalDirectiveDeprecation = true,
        OneOf = true,
    };

    /// <summary>Ask for descriptions of types, fields, arguments, enum values and directives.</summary>
    public bool Descriptions { get; init; } = true;

    /// <summary>Ask for <c>specifiedByURL</c> of scalars.</summary>
    public bool SpecifiedByUrl { get; init; }

    /// <summary>Ask for <c>isRepeatable</c> of directives.</summary>
    public bool DirectiveIsRepeatable { get; init; }

    /// <summary>Ask for the schema's description (only when <see cref="Descriptions"/> is on).</summary>
    public bool SchemaDescription { get; init; }

    /// <summary>Ask for deprecated arguments and input fields, and whether each is deprecated.</summary>
    public bool InputValueDeprecation { get; init; }

    /// <summary>Ask for deprecated directives and whether each is deprecated (graphql-js 17's experimental option).</summary>
    public bool ExperimentalDirectiveDeprecation { get; init; }

    /// <summary>Ask for <c>isOneOf</c> of input objects.</summary>
    public bool OneOf { get; init; }

    /// <summary>How many <c>ofType</c> levels a type reference unwraps (0 to 100).</summary>
    public int TypeDepth { get; init; } = 9;
}

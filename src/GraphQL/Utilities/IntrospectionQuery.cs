namespace BpjsTk.GraphQL.Utilities;

/// <summary>
/// The text of the introspection query that tools send (graphql-js 17's getIntrospectionQuery, character
/// for character, so a result can be compared with graphql-js's introspectionFromSchema).
/// </summary>
public static class IntrospectionQuery
{
    /// <summary>The query text for <paramref name="options"/> (graphql-js's defaults when null).</summary>
    public static string Get(IntrospectionQueryOptions? options = null)
    {
        options ??= new IntrospectionQueryOptions();
        if (options.TypeDepth > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TypeDepth, "Please set typeDepth to a reasonable value between 0 and 100; the default is 9.");
        }

        var descriptions = options.Descriptions ? "description" : string.Empty;
        var specifiedByUrl = options.SpecifiedByUrl ? "specifiedByURL" : string.Empty;
        var isRepeatable = options.DirectiveIsRepeatable ? "isRepeatable" : string.Empty;
        var schemaDescription = options.SchemaDescription ? descriptions : string.Empty;
        var inputDeprecation = options.InputValueDeprecation;
        var directiveDeprecation = options.ExperimentalDirectiveDeprecation;
        var includeDeprecatedInputs = inputDeprecation ? "(includeDeprecated: true)" : string.Empty;
        var oneOf = options.OneOf ? "isOneOf" : string.Empty;

        return "\n" + $$"""
                query IntrospectionQuery {
                  __schema {
                    {{schemaDescription}}
                    queryType { name kind }
                    mutationType { name kind }
                    subscriptionType { name kind }
                    types {
                      ...FullType
                    }
                    directives{{(directiveDeprecation ? "(includeDeprecated: true)" : string.Empty)}} {
                      name
                      {{descriptions}}
                      {{isRepeatable}}
                      {{(directiveDeprecation ? "isDeprecated" : string.Empty)}}
                      {{(directiveDeprecation ? "deprecationReason" : string.Empty)}}
                      locations
                      args{{includeDeprecatedInputs}} {
                        ...InputValue
                      }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  {{descriptions}}
                  {{specifiedByUrl}}
                  {{oneOf}}
                  fields(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    args{{includeDeprecatedInputs}} {
                      ...InputValue
                    }
                    type {
                      ...TypeRef
                    }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields{{includeDeprecatedInputs}} {
                    ...InputValue
                  }
                  interfaces {
                    ...TypeRef
                  }
                  enumValues(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes {
                    ...TypeRef
                  }
                }

                fragment InputValue on __InputValue {
                  name
                  {{descriptions}}
                  type { ...TypeRef }
                  defaultValue
                  {{(inputDeprecation ? "isDeprecated" : string.Empty)}}
                  {{(inputDeprecation ? "deprecationReason" : string.Empty)}}
                }

                fragment TypeRef on __Type {
                  kind
                  name{{OfType(options.TypeDepth, "      ")}}
                }
            """ + "\n  ";
    }

    private static string OfType(int level, string indent) =>
        level <= 0
            ? string.Empty
            : $"\n{indent}ofType {{\n{indent}  name\n{indent}  kind{OfType(level - 1, indent + "  ")}\n{indent}}}";
}

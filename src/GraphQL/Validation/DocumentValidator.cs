using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>Checks an executable document against a schema before it may run (spec 5 Validation, graphql-js validate).</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs every rule of <paramref name="options"/> over <paramref name="document"/> in one walk and returns the errors,
    /// empty when the document is valid. Every error has an <c>extensions.code</c>: <see cref="ErrorCodes.ValidationFailed"/>,
    /// or the code of the limit the document hit (the error limit, fragment work, field comparisons, introspection depth).
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var context = new ValidationContext(schema, document, options);
        var rules = new ValidationRule[options.Rules.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = options.Rules[i](context);
        }

        new DocumentWalker(context.TypeInfo, rules, () => context.IsAborted, context.AncestorList).Walk(document);
        return context.Errors;
    }
}

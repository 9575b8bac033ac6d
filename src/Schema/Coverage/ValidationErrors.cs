using BpjsTk.GraphQL;
using FluentValidation.Results;

namespace BpjsTk.Schema.Coverage;

/// <summary>Turns FluentValidation failures into GraphQL errors with a code and the argument named.</summary>
internal static class ValidationErrors
{
    public static GraphQLException ToException(ValidationResult result) =>
        new([.. result.Errors.Select(e => new GraphQLError(
            e.ErrorMessage,
            extensions: new Dictionary<string, object?> { ["code"] = e.ErrorCode, ["field"] = e.PropertyName }))]);
}

namespace BpjsTk.GraphQL.Execution;

/// <summary>The outcome of coercing input values: the coerced value, or the errors that stopped it.</summary>
/// <typeparam name="T">The coerced value's type.</typeparam>
public sealed record CoercionResult<T>
{
    /// <summary>A result: successful when <paramref name="errors"/> is empty.</summary>
    public CoercionResult(T? value, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Value = value;
        Errors = errors;
    }

    /// <summary>The coerced value; meaningful only when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>What made the input invalid, in the order found; empty on success.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>True when the input was coerced without errors.</summary>
    public bool IsSuccess => Errors.Count == 0;
}

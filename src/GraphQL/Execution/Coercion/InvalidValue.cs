namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// The marker <see cref="ArgumentCoercion.ValueFromLiteral"/> returns for a literal that does not
/// fit its type (graphql-js's <c>undefined</c> from valueFromAST); never a coerced value itself.
/// </summary>
public sealed class InvalidValue
{
    private InvalidValue()
    {
    }

    /// <summary>The one marker.</summary>
    public static InvalidValue Instance { get; } = new();

    /// <inheritdoc/>
    public override string ToString() => "<invalid>";
}

namespace BpjsTk.GraphQL.Types;

/// <summary>The schema is not valid (spec 3 Type Validation); <see cref="Errors"/> lists every problem found.</summary>
public sealed class SchemaException : Exception
{
    /// <summary>An exception listing <paramref name="errors"/>.</summary>
    public SchemaException(IReadOnlyList<string> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>The problems, one message each, in the order found.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Format(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? "The schema is not valid: " + errors[0]
            : $"The schema is not valid ({errors.Count} problems):" + string.Concat(errors.Select(e => Environment.NewLine + "- " + e));
    }
}

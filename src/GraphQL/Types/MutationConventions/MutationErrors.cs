namespace BpjsTk.GraphQL.Types;

/// <summary>
/// What a resolver under the mutation convention returns instead of its result when the mutation failed in a way the
/// client can handle: the payload's result is null and its <c>errors</c> lists these, each an instance of a declared error type.
/// </summary>
public sealed class MutationErrors
{
    public MutationErrors(IEnumerable<object> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = [.. errors];
        if (Errors.Count == 0)
        {
            throw new ArgumentException("A failed mutation names at least one error.", nameof(errors));
        }
    }

    public IReadOnlyList<object> Errors { get; }

    public static MutationErrors Of(params object[] errors) => new(errors);
}

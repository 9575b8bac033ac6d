namespace BpjsTk.GraphQL.Execution;

/// <summary>Bounds on input coercion, so a hostile value cannot exhaust the stack.</summary>
public static class InputCoercionLimits
{
    /// <summary>
    /// How many list and input-object levels a variable or literal value may nest. Deeper values are
    /// rejected with an error rather than coerced, since coercion recurses once per level.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>The message for a value nested deeper than <see cref="MaxDepth"/>.</summary>
    internal static string TooDeep(string type) =>
        $"Expected value of type \"{type}\" to nest at most {MaxDepth} levels deep.";
}

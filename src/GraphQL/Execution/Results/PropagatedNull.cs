namespace BpjsTk.GraphQL.Execution.Results;

/// <summary>
/// The value of a position that failed with its error already recorded (spec 6.4.4 Handling Field Errors):
/// a nullable position turns it into null, a non-null position passes it up to its parent.
/// </summary>
internal sealed class PropagatedNull
{
    private PropagatedNull()
    {
    }

    public static PropagatedNull Instance { get; } = new();
}

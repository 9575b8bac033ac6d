namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// The path of a field in the response (spec 7.1.2 "path"): field response names and list
/// indexes from the root. Immutable and shared: a child points at its parent.
/// </summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, object? key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    /// <summary>The empty path of the operation's root.</summary>
    public static ResultPath Root { get; } = new(null, null, 0);

    /// <summary>The path one step up; null at the root.</summary>
    public ResultPath? Parent { get; }

    /// <summary>The last step: a response name (string) or a list index (int); null at the root.</summary>
    public object? Key { get; }

    /// <summary>How many steps from the root.</summary>
    public int Depth { get; }

    /// <summary>The path of a field below this one.</summary>
    public ResultPath Append(string responseName) => new(this, responseName, Depth + 1);

    /// <summary>The path of a list item below this one.</summary>
    public ResultPath Append(int index) => new(this, index, Depth + 1);

    /// <summary>The steps from the root, as an error's <c>path</c> carries them.</summary>
    public IReadOnlyList<object> ToList()
    {
        var steps = new object[Depth];
        for (var current = this; current.Parent is not null; current = current.Parent)
        {
            steps[current.Depth - 1] = current.Key!;
        }

        return steps;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join('.', ToList());
}

using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>A directive applied to a schema element, e.g. <c>@deprecated(reason: "...")</c>, with its arguments as literals.</summary>
/// <param name="Name">The directive's name without the <c>@</c>.</param>
/// <param name="Arguments">The arguments as written, in order.</param>
public sealed record AppliedDirective(string Name, IReadOnlyList<ArgumentNode> Arguments)
{
    /// <summary>An applied directive without arguments.</summary>
    public AppliedDirective(string name)
        : this(name, [])
    {
    }

    /// <summary>The SDL node the directive was read from, for error locations; null when applied in code.</summary>
    public DirectiveNode? Node { get; init; }

    /// <summary>The literal given for an argument, or null when it was not given.</summary>
    public ValueNode? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}

using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>Turns descriptor arguments of <c>.Directive("cost", ("weight", "5"))</c> into an applied directive.</summary>
internal static class DirectiveArguments
{
    public static AppliedDirective Create(string name, (string Name, object? Value)[] arguments) =>
        new(name, arguments.Select(a => new ArgumentNode(new NameNode(a.Name), ValueLiterals.FromClr(a.Value))).ToArray());
}

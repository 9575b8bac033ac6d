using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>Builds the applied <c>@deprecated</c>; the default reason is left out as SDL writes it.</summary>
internal static class DeprecatedDirective
{
    public static AppliedDirective Create(string? reason) =>
        reason is null || reason == BuiltInDirectives.DefaultDeprecationReason
            ? new AppliedDirective(BuiltInDirectives.DeprecatedName)
            : new AppliedDirective(BuiltInDirectives.DeprecatedName, [new ArgumentNode(new NameNode("reason"), new StringValueNode(reason, false))]);
}

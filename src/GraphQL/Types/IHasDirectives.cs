namespace BpjsTk.GraphQL.Types;

/// <summary>A schema element that carries applied directives (spec 3.13), kept for SDL printing and for analyses such as <c>@cost</c>.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to the element, in the order written.</summary>
    IReadOnlyList<AppliedDirective> Directives { get; }
}

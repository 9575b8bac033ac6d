using System.Reflection;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>A field of an object or interface type being built.</summary>
internal sealed class FieldConfig
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public TypeReference? Type { get; set; }

    public List<InputValueConfig> Arguments { get; } = [];

    public List<AppliedDirective> Directives { get; } = [];

    public FieldResolver? Resolver { get; set; }

    public MemberInfo? Member { get; set; }

    /// <summary>The CLR result type of a code-first resolver, used as the type when none is given.</summary>
    public Type? ResultType { get; set; }

    public SyntaxNode? Node { get; set; }
}

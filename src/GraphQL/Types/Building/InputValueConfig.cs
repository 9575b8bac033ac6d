using System.Reflection;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>An argument or input field being built.</summary>
internal sealed class InputValueConfig
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public TypeReference? Type { get; set; }

    /// <summary>The default as a literal (from SDL, or given as one).</summary>
    public ValueNode? DefaultLiteral { get; set; }

    /// <summary>True when a runtime default was given, turned into a literal once the type is known.</summary>
    public bool HasRuntimeDefault { get; set; }

    public object? RuntimeDefault { get; set; }

    public List<AppliedDirective> Directives { get; } = [];

    public PropertyInfo? Property { get; set; }

    public SyntaxNode? Node { get; set; }
}

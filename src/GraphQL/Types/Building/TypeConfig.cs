using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>A named type as the builder collects it, before type references are resolved.</summary>
internal abstract class TypeConfig
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<AppliedDirective> Directives { get; } = [];

    public Type? RuntimeType { get; set; }

    /// <summary>The SDL definition, for error locations; null for code-first types.</summary>
    public SyntaxNode? Node { get; set; }

    /// <summary>True for types the schema found by reference (built-in scalars, CLR types) rather than was given.</summary>
    public bool IsDiscovered { get; set; }

    public abstract TypeKind Kind { get; }
}

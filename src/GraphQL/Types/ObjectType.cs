namespace BpjsTk.GraphQL.Types;

/// <summary>An object type (spec 3.6).</summary>
public sealed class ObjectType : ComplexOutputType
{
    internal ObjectType(string name, string? description, IReadOnlyList<AppliedDirective> directives)
        : base(name, description, directives)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Tells whether a runtime value is of this type, for abstract types without a <see cref="ResolveType"/>.</summary>
    public IsTypeOf? IsTypeOf { get; internal set; }

    /// <summary>True when <paramref name="value"/> belongs to this type: by <see cref="IsTypeOf"/>, else by the bound CLR type.</summary>
    public bool IsInstanceOfType(IResolverContext context, object value)
    {
        if (IsTypeOf is not null)
        {
            return IsTypeOf(context, value);
        }

        return RuntimeType is not null && RuntimeType.IsInstanceOfType(value);
    }
}

namespace BpjsTk.GraphQL.Types;

/// <summary>What object and interface types share: fields and implemented interfaces (spec 3.6, 3.7).</summary>
public abstract class ComplexOutputType : INamedType
{
    private protected ComplexOutputType(string name, string? description, IReadOnlyList<AppliedDirective> directives)
    {
        Name = name;
        Description = description;
        Directives = directives;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public abstract TypeKind Kind { get; }

    /// <inheritdoc/>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>The fields in declaration order.</summary>
    public FieldCollection<OutputField> Fields { get; internal set; } = new FieldCollection<OutputField>([]);

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>The CLR type bound to this type, when there is one.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>True when this type declares that it implements <paramref name="interfaceType"/>.</summary>
    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, interfaceType))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

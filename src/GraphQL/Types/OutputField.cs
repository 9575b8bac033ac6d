using System.Reflection;

namespace BpjsTk.GraphQL.Types;

/// <summary>A field of an object or interface type (spec 3.6.1 Field Arguments, 3.7).</summary>
public sealed class OutputField : IField
{
    internal OutputField(string name, string? description, IType type, FieldCollection<InputValue> arguments, IReadOnlyList<AppliedDirective> directives, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        Directives = directives;
        DeprecationReason = deprecationReason;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public IType Type { get; }

    /// <summary>The field's arguments in declaration order.</summary>
    public FieldCollection<InputValue> Arguments { get; }

    /// <inheritdoc/>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>Why the field is deprecated, or null when it is not (spec 3.13.3 @deprecated).</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when the field carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The object or interface type that declares the field.</summary>
    public ComplexOutputType DeclaringType { get; internal set; } = null!;

    /// <summary>
    /// How the field's value is produced. Every field of an object type has one (the default reads
    /// the parent's property or dictionary entry of the same name); interface fields have none.
    /// </summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>The CLR property or method the field was bound to, when it was; projection reads it.</summary>
    public MemberInfo? Member { get; internal set; }

    /// <summary>The schema coordinate, e.g. <c>Query.regions</c>.</summary>
    public string Coordinate => $"{DeclaringType.Name}.{Name}";

    /// <inheritdoc/>
    public override string ToString() => Coordinate;
}

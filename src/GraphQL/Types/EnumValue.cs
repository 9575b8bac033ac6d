namespace BpjsTk.GraphQL.Types;

/// <summary>One value of an enum type (spec 3.9) and the runtime value it stands for.</summary>
public sealed class EnumValue : IHasDirectives
{
    internal EnumValue(string name, string? description, object value, IReadOnlyList<AppliedDirective> directives, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Value = value;
        Directives = directives;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The name as written in documents and responses.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The runtime value: the CLR enum member when bound to a CLR enum, else the name.</summary>
    public object Value { get; }

    /// <inheritdoc/>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when the value carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <inheritdoc/>
    public override string ToString() => Name;
}

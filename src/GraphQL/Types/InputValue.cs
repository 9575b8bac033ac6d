using System.Reflection;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object (spec 3.6.1, 3.10): both
/// are input values with a name, an input type and an optional default.
/// </summary>
public sealed class InputValue : IField
{
    internal InputValue(string name, string? description, IType type, ValueNode? defaultValue, IReadOnlyList<AppliedDirective> directives, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
        DeprecationReason = deprecationReason;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public IType Type { get; }

    /// <summary>The default value as a literal (what introspection and SDL print), or null when there is none.</summary>
    public ValueNode? DefaultValue { get; internal set; }

    /// <summary>True when a default value is declared (a declared <c>null</c> default counts).</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>The default value coerced to its runtime form (spec 6.4.1 CoerceArgumentValues uses it as is).</summary>
    public object? CoercedDefaultValue { get; internal set; }

    /// <inheritdoc/>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when the value carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The CLR property an input field is bound to, when its input object is bound to a CLR type.</summary>
    public PropertyInfo? Property { get; internal set; }

    /// <summary>The schema coordinate, e.g. <c>Query.regions(where:)</c> or <c>RegionFilterInput.name</c>.</summary>
    public string Coordinate { get; internal set; } = string.Empty;

    /// <inheritdoc/>
    public override string ToString() => Coordinate;
}

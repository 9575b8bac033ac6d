namespace BpjsTk.GraphQL.Types;

/// <summary>
/// An input object type (spec 3.10). Coerced values are <c>IReadOnlyDictionary&lt;string, object?&gt;</c>
/// holding only the fields given or defaulted; <see cref="RuntimeType"/> names the CLR type they convert to.
/// </summary>
public sealed class InputObjectType : INamedType
{
    internal InputObjectType(string name, string? description, IReadOnlyList<AppliedDirective> directives)
    {
        Name = name;
        Description = description;
        Directives = directives;
        IsOneOf = directives.Any(d => d.Name == BuiltInDirectives.OneOfName);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.InputObject;

    /// <inheritdoc/>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>The fields in declaration order.</summary>
    public FieldCollection<InputValue> Fields { get; internal set; } = new FieldCollection<InputValue>([]);

    /// <summary>True for a OneOf input object: exactly one field must be given, and not null (spec 3.10.1 OneOf Input Objects).</summary>
    public bool IsOneOf { get; }

    /// <summary>The CLR type bound to this input object, when there is one.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

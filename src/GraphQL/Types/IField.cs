namespace BpjsTk.GraphQL.Types;

/// <summary>Something looked up by name in a <see cref="FieldCollection{T}"/>: a field, an argument or an input field.</summary>
public interface IField : IHasDirectives
{
    /// <summary>The name, unique among its siblings.</summary>
    string Name { get; }

    /// <summary>The description, or null.</summary>
    string? Description { get; }

    /// <summary>The field's type.</summary>
    IType Type { get; }
}

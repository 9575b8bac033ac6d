using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>An enum type (spec 3.9): names in documents and responses, runtime values (a CLR enum or the names) in resolvers.</summary>
public sealed class EnumType : ILeafType
{
    private Dictionary<string, EnumValue> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValue> _byValue = [];

    internal EnumType(string name, string? description, IReadOnlyList<AppliedDirective> directives)
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
    public TypeKind Kind => TypeKind.Enum;

    /// <inheritdoc/>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>The values in declaration order.</summary>
    public IReadOnlyList<EnumValue> Values { get; private set; } = [];

    /// <summary>The CLR enum bound to this type, when there is one.</summary>
    public Type? RuntimeType { get; internal set; }

    internal void SetValues(IReadOnlyList<EnumValue> values)
    {
        Values = values;
        _byName = new Dictionary<string, EnumValue>(values.Count, StringComparer.Ordinal);
        _byValue = new Dictionary<object, EnumValue>(values.Count);
        foreach (var value in values)
        {
            _byName.TryAdd(value.Name, value);
            _byValue.TryAdd(value.Value, value);
        }
    }

    /// <summary>Looks a value up by its GraphQL name.</summary>
    public bool TryGetValue(string name, [NotNullWhen(true)] out EnumValue? value) => _byName.TryGetValue(name, out value);

    /// <summary>Looks a value up by its runtime value (a CLR enum member, or the name).</summary>
    public bool TryGetValueByRuntimeValue(object runtimeValue, [NotNullWhen(true)] out EnumValue? value) =>
        _byValue.TryGetValue(runtimeValue, out value)
        || (runtimeValue is string name && _byName.TryGetValue(name, out value));

    /// <inheritdoc/>
    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is EnumValueNode node)
        {
            if (_byName.TryGetValue(node.Value, out var value))
            {
                return value.Value;
            }

            throw new GraphQLException($"Value \"{node.Value}\" does not exist in \"{Name}\" enum.");
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {LiteralPrinter.Print(literal)}.");
    }

    /// <inheritdoc/>
    public object? ParseValue(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return ParseValue(value.GetString()!);
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {value.GetRawText()}.");
    }

    /// <inheritdoc/>
    public object? ParseValue(object value)
    {
        if (value is string name)
        {
            return ParseName(name, includeSuggestions: true);
        }

        if (RuntimeType is not null && RuntimeType.IsInstanceOfType(value) && _byValue.ContainsKey(value))
        {
            return value;
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {value}.");
    }

    /// <summary>
    /// The runtime value of the enum value named <paramref name="name"/> (spec 3.9 Input Coercion); an unknown name throws,
    /// with graphql-js 17's "Did you mean" suggestions when <paramref name="includeSuggestions"/> is set.
    /// </summary>
    internal object? ParseName(string name, bool includeSuggestions)
    {
        if (_byName.TryGetValue(name, out var enumValue))
        {
            return enumValue.Value;
        }

        var suggestions = includeSuggestions ? Utilities.DidYouMean.Format(Utilities.SuggestionList.For(name, _byName.Keys), "the enum value") : string.Empty;
        throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum.{suggestions}");
    }

    /// <inheritdoc/>
    public object? Serialize(object value)
    {
        if (TryGetValueByRuntimeValue(value, out var enumValue))
        {
            return enumValue.Name;
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {ScalarType.ValueText(value)}");
    }

    /// <inheritdoc/>
    public void WriteValue(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue((string)Serialize(value)!);
    }

    /// <inheritdoc/>
    public ValueNode ToLiteral(object value) => new EnumValueNode((string)Serialize(value)!);

    /// <inheritdoc/>
    public override string ToString() => Name;
}

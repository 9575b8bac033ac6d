using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary><c>Date</c>: a calendar date without time or zone, as <c>yyyy-MM-dd</c> (RFC 3339 full-date, https://scalars.graphql.org/andimarek/local-date).</summary>
public sealed class DateType : ScalarType
{
    /// <summary>Creates the scalar; schemas share <see cref="BuiltInScalars.Date"/>.</summary>
    public DateType()
        : base("Date", "The `Date` scalar represents a calendar date without time or time zone, as an RFC 3339 full-date string such as `2026-01-31`.", "https://scalars.graphql.org/andimarek/local-date")
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(DateOnly);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not StringValueNode node)
        {
            throw LiteralError("a non string value", literal);
        }

        return TryParse(node.Value, out var value) ? value : throw LiteralError("an invalid date string", literal);
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? ParseValue(value.GetString()!) : throw ValueError("a non string value", value);

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value switch
    {
        string s => TryParse(s, out var parsed) ? parsed : throw ValueError("an invalid date string", value),
        DateOnly d => d,
        JsonElement e => ParseValue(e),
        _ => throw ValueError("a non string value", value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object value) => value switch
    {
        DateOnly d => Format(d),
        DateTime d => Format(DateOnly.FromDateTime(d)),
        DateTimeOffset d => Format(DateOnly.FromDateTime(d.DateTime)),
        string s when TryParse(s, out var parsed) => Format(parsed),
        _ => throw ValueError("value", value),
    };

    private static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}

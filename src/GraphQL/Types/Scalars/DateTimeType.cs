using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an instant with its UTC offset, as an RFC 3339 date-time string
/// (https://scalars.graphql.org/andimarek/date-time). Input requires the offset; output writes
/// milliseconds and <c>Z</c> for UTC. A <see cref="DateTime"/> of unspecified kind is taken as UTC.
/// </summary>
public sealed class DateTimeType : ScalarType
{
    private static readonly string[] InputFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Creates the scalar; schemas share <see cref="BuiltInScalars.DateTime"/>.</summary>
    public DateTimeType()
        : base("DateTime", "The `DateTime` scalar represents an exact instant with its UTC offset, as an RFC 3339 date-time string such as `2026-01-31T08:30:00.000+07:00`.", "https://scalars.graphql.org/andimarek/date-time")
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(DateTimeOffset);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not StringValueNode node)
        {
            throw LiteralError("a non string value", literal);
        }

        return TryParse(node.Value, out var value) ? value : throw LiteralError("an invalid date-time string", literal);
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? ParseValue(value.GetString()!) : throw ValueError("a non string value", value);

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value switch
    {
        string s => TryParse(s, out var parsed) ? parsed : throw ValueError("an invalid date-time string", value),
        DateTimeOffset d => d,
        DateTime d => ToOffset(d),
        JsonElement e => ParseValue(e),
        _ => throw ValueError("a non string value", value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object value) => value switch
    {
        DateTimeOffset d => Format(d),
        DateTime d => Format(ToOffset(d)),
        string s when TryParse(s, out var parsed) => Format(parsed),
        _ => throw ValueError("value", value),
    };

    private static DateTimeOffset ToOffset(DateTime value) =>
        value.Kind == DateTimeKind.Local ? new DateTimeOffset(value) : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string Format(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out DateTimeOffset value)
    {
        // RFC 3339 allows lower-case t and z; an offset is required, so K must not match empty
        var upper = text.ToUpperInvariant();
        value = default;
        var hasOffset = upper.EndsWith('Z') || (upper.Length > 6 && upper[^6] is '+' or '-' && upper[^3] == ':');
        return hasOffset
            && DateTimeOffset.TryParseExact(upper, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}

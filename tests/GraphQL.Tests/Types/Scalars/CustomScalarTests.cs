using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Types.Scalars.ScalarCoercion;

namespace BpjsTk.GraphQL.Tests.Types.Scalars;

public sealed class CustomScalarTests
{
    [Fact]
    public void DateTime_requires_an_offset()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 8, 30, 0, TimeSpan.FromHours(7)), Literal(BuiltInScalars.DateTime, new StringValueNode("2026-01-31T08:30:00+07:00", false)));
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 1, 30, 0, 500, TimeSpan.Zero), Json(BuiltInScalars.DateTime, "\"2026-01-31T01:30:00.5Z\""));
        Assert.Equal(new CoercionError("DateTime cannot represent an invalid date-time string: \"2026-01-31T08:30:00\""), Literal(BuiltInScalars.DateTime, new StringValueNode("2026-01-31T08:30:00", false)));
        Assert.Equal(new CoercionError("DateTime cannot represent an invalid date-time string: \"2026-02-30T08:30:00Z\""), Json(BuiltInScalars.DateTime, "\"2026-02-30T08:30:00Z\""));
    }

    [Fact]
    public void DateTime_is_written_in_rfc_3339_with_milliseconds()
    {
        Assert.Equal("2026-01-31T08:30:00.000+07:00", Output(BuiltInScalars.DateTime, new DateTimeOffset(2026, 1, 31, 8, 30, 0, TimeSpan.FromHours(7))));
        Assert.Equal("2026-01-31T01:30:00.250Z", Output(BuiltInScalars.DateTime, new DateTime(2026, 1, 31, 1, 30, 0, 250, DateTimeKind.Utc)));
    }

    [Fact]
    public void DateTime_and_Date_name_their_specifications()
    {
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", BuiltInScalars.DateTime.SpecifiedByUrl);
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date", BuiltInScalars.Date.SpecifiedByUrl);
    }

    [Fact]
    public void Date_reads_and_writes_full_dates_only()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), Literal(BuiltInScalars.Date, new StringValueNode("2026-02-28", false)));
        Assert.Equal("2026-02-28", Output(BuiltInScalars.Date, new DateOnly(2026, 2, 28)));
        Assert.Equal(new CoercionError("Date cannot represent an invalid date string: \"28/02/2026\""), Json(BuiltInScalars.Date, "\"28/02/2026\""));
    }

    [Fact]
    public void Long_covers_64_bits_and_is_written_as_a_number()
    {
        Assert.Equal(9007199254740993L, Literal(BuiltInScalars.Long, new IntValueNode("9007199254740993")));
        Assert.Equal(new CoercionError("Long cannot represent non 64-bit signed integer value: 9223372036854775808"), Literal(BuiltInScalars.Long, new IntValueNode("9223372036854775808")));
        Assert.Equal("9007199254740993", Written(BuiltInScalars.Long, 9007199254740993L));
    }

    [Fact]
    public void Decimal_keeps_exact_digits_and_is_written_as_a_number()
    {
        Assert.Equal(0.1m, Literal(BuiltInScalars.Decimal, new FloatValueNode("0.1")));
        Assert.Equal(12345678901234567890.12m, Json(BuiltInScalars.Decimal, "12345678901234567890.12"));
        Assert.Equal("1234.50", Written(BuiltInScalars.Decimal, 1234.50m));
        Assert.Equal(new CoercionError("Decimal cannot represent non numeric value: \"1\""), Literal(BuiltInScalars.Decimal, new StringValueNode("1", false)));
    }
}

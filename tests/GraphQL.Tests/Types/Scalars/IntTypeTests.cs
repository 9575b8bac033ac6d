using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Types.Scalars.ScalarCoercion;

namespace BpjsTk.GraphQL.Tests.Types.Scalars;

public sealed class IntTypeTests
{
    private static readonly IntType Int = BuiltInScalars.Int;

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-1", -1)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Integer_literals_in_32_bit_range_are_accepted(string literal, int expected) =>
        Assert.Equal(expected, Literal(Int, new IntValueNode(literal)));

    [Fact]
    public void Literal_above_32_bits_is_rejected_with_graphql_js_wording() =>
        Assert.Equal(new CoercionError("Int cannot represent non 32-bit signed integer value: 2147483648"), Literal(Int, new IntValueNode("2147483648")));

    [Fact]
    public void Float_literal_is_rejected_even_when_integral() =>
        Assert.Equal(new CoercionError("Int cannot represent non-integer value: 1.0"), Literal(Int, new FloatValueNode("1.0")));

    [Fact]
    public void String_literal_is_rejected() =>
        Assert.Equal(new CoercionError("Int cannot represent non-integer value: \"1\""), Literal(Int, new StringValueNode("1", false)));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("1.0", 1)]
    [InlineData("-7", -7)]
    public void Json_integers_are_accepted_as_graphql_js_reads_them(string json, int expected) =>
        Assert.Equal(expected, Json(Int, json));

    [Theory]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("3000000000", "Int cannot represent non 32-bit signed integer value: 3000000000")]
    public void Json_non_integers_are_rejected(string json, string message) =>
        Assert.Equal(new CoercionError(message), Json(Int, json));

    [Fact]
    public void Result_coercion_accepts_integral_values_of_other_clr_types()
    {
        Assert.Equal(5, Output(Int, 5L));
        Assert.Equal(1, Output(Int, 1.0));
        Assert.Equal(123, Output(Int, "123"));
        Assert.Equal(1, Output(Int, true));
        Assert.Equal(7, Output(Int, (short)7));
    }

    [Fact]
    public void Result_coercion_rejects_fractions_and_out_of_range_values()
    {
        Assert.Equal(new CoercionError("Int cannot represent non-integer value: 1.5"), Output(Int, 1.5));
        Assert.Equal(new CoercionError("Int cannot represent non 32-bit signed integer value: 4294967296"), Output(Int, 4294967296L));
        Assert.Equal(new CoercionError("Int cannot represent non-integer value: \"abc\""), Output(Int, "abc"));
        Assert.Equal(new CoercionError("Int cannot represent non-integer value: NaN"), Output(Int, double.NaN));
    }

    [Fact]
    public void Values_are_written_as_json_numbers() => Assert.Equal("42", Written(Int, 42L));
}

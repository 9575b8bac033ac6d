using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Types.Scalars.ScalarCoercion;

namespace BpjsTk.GraphQL.Tests.Types.Scalars;

public sealed class FloatTypeTests
{
    private static readonly FloatType Float = BuiltInScalars.Float;

    [Fact]
    public void Int_and_float_literals_are_accepted_as_doubles()
    {
        Assert.Equal(1d, Literal(Float, new IntValueNode("1")));
        Assert.Equal(1.5d, Literal(Float, new FloatValueNode("1.5")));
        Assert.Equal(-1.25e3, Literal(Float, new FloatValueNode("-1.25e3")));
    }

    [Fact]
    public void Literal_overflowing_a_double_is_rejected_as_not_finite() =>
        Assert.Equal(new CoercionError("Float cannot represent non numeric value: 1e400"), Literal(Float, new FloatValueNode("1e400")));

    [Fact]
    public void String_literal_is_rejected() =>
        Assert.Equal(new CoercionError("Float cannot represent non numeric value: \"1.5\""), Literal(Float, new StringValueNode("1.5", false)));

    [Theory]
    [InlineData("\"1\"", "Float cannot represent non numeric value: \"1\"")]
    [InlineData("false", "Float cannot represent non numeric value: false")]
    public void Json_non_numbers_are_rejected(string json, string message) =>
        Assert.Equal(new CoercionError(message), Json(Float, json));

    [Fact]
    public void Result_coercion_rejects_infinity_and_nan()
    {
        Assert.Equal(new CoercionError("Float cannot represent non numeric value: Infinity"), Output(Float, double.PositiveInfinity));
        Assert.Equal(new CoercionError("Float cannot represent non numeric value: NaN"), Output(Float, double.NaN));
    }

    [Fact]
    public void Result_coercion_accepts_numbers_numeric_strings_and_booleans()
    {
        Assert.Equal(2d, Output(Float, 2));
        Assert.Equal(0.5d, Output(Float, 0.5m));
        Assert.Equal(3.25d, Output(Float, "3.25"));
        Assert.Equal(1d, Output(Float, true));
    }
}

using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Types.Scalars.ScalarCoercion;

namespace BpjsTk.GraphQL.Tests.Types.Scalars;

public sealed class StringBooleanIdTypeTests
{
    [Fact]
    public void String_accepts_only_string_input()
    {
        Assert.Equal("a", Literal(BuiltInScalars.String, new StringValueNode("a", false)));
        Assert.Equal(new CoercionError("String cannot represent a non string value: 1"), Literal(BuiltInScalars.String, new IntValueNode("1")));
        Assert.Equal(new CoercionError("String cannot represent a non string value: true"), Json(BuiltInScalars.String, "true"));
    }

    [Fact]
    public void String_serializes_numbers_and_booleans_as_text()
    {
        Assert.Equal("1", Output(BuiltInScalars.String, 1));
        Assert.Equal("1.5", Output(BuiltInScalars.String, 1.5));
        Assert.Equal("true", Output(BuiltInScalars.String, true));
        Assert.Equal("\"x\"", Written(BuiltInScalars.String, "x"));
    }

    [Fact]
    public void Boolean_accepts_only_boolean_input()
    {
        Assert.Equal(true, Literal(BuiltInScalars.Boolean, new BooleanValueNode(true)));
        Assert.Equal(new CoercionError("Boolean cannot represent a non boolean value: 1"), Literal(BuiltInScalars.Boolean, new IntValueNode("1")));
        Assert.Equal(new CoercionError("Boolean cannot represent a non boolean value: \"true\""), Json(BuiltInScalars.Boolean, "\"true\""));
    }

    [Fact]
    public void Boolean_serializes_numbers_as_nonzero()
    {
        Assert.Equal(false, Output(BuiltInScalars.Boolean, 0));
        Assert.Equal(true, Output(BuiltInScalars.Boolean, 2.5));
        Assert.Equal(new CoercionError("Boolean cannot represent a non boolean value: \"yes\""), Output(BuiltInScalars.Boolean, "yes"));
    }

    [Fact]
    public void Id_accepts_strings_and_integers_and_gives_strings()
    {
        Assert.Equal("abc", Literal(BuiltInScalars.ID, new StringValueNode("abc", false)));
        Assert.Equal("123", Literal(BuiltInScalars.ID, new IntValueNode("123")));
        Assert.Equal("42", Json(BuiltInScalars.ID, "42"));
        Assert.Equal(new CoercionError("ID cannot represent a non-string and non-integer value: 1.5"), Literal(BuiltInScalars.ID, new FloatValueNode("1.5")));
        Assert.Equal(new CoercionError("ID cannot represent value: true"), Json(BuiltInScalars.ID, "true"));
    }

    [Fact]
    public void Id_is_written_as_a_json_string_even_for_integers()
    {
        Assert.Equal("\"7\"", Written(BuiltInScalars.ID, 7));
        Assert.Equal("\"x\"", Written(BuiltInScalars.ID, "x"));
    }

    [Fact]
    public void Id_default_value_prints_integer_text_as_an_int_literal() =>
        Assert.Equal(new IntValueNode("12"), BuiltInScalars.ID.ToLiteral("12"));
}

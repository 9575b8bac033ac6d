using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Execution.Coercion.CoercionFixture;

namespace BpjsTk.GraphQL.Tests.Execution.Coercion;

/// <summary>Default values of arguments and input fields (spec 3.10 Input Coercion, 6.4.1), including defaults inside defaults.</summary>
public sealed class DefaultValueCoercionTests
{
    [Fact]
    public void Default_object_takes_the_defaults_of_its_fields_whatever_order_the_types_come_in()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { f(o: Outer = {}): String }
            input Outer { inner: Inner = {} }
            input Inner { size: Int = 3 }
            """).Build();

        Assert.Equal("{ inner: { size: 3 } }", Show(schema.QueryType.Fields["f"].Arguments["o"].CoercedDefaultValue));
    }

    [Fact]
    public void Defaults_that_refer_to_each_other_forever_fail_the_schema_instead_of_the_process()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            type Query { f(a: A = {}): String }
            input A { b: B = {} }
            input B { a: A = {} }
            """).Build());

        Assert.Contains("to nest at most 64 levels deep", error.Message, StringComparison.Ordinal);
    }
}

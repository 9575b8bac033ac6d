using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Tests.Language;

public sealed class SyntaxPrinterTests
{
    private static string Reprint(string text) => SyntaxPrinter.Print(GraphQLParser.Parse(text));

    [Fact]
    public void Executable_kitchen_sink_prints_formatted()
    {
        LanguageSnapshot.Match(Reprint(KitchenSink.Executable));
    }

    [Fact]
    public void Schema_kitchen_sink_prints_formatted()
    {
        LanguageSnapshot.Match(Reprint(KitchenSink.Schema));
    }

    [Theory]
    [InlineData(nameof(KitchenSink.Executable))]
    [InlineData(nameof(KitchenSink.Schema))]
    public void Printing_the_printed_text_again_changes_nothing(string sink)
    {
        var printed = Reprint(sink == nameof(KitchenSink.Executable) ? KitchenSink.Executable : KitchenSink.Schema);

        Assert.Equal(printed, Reprint(printed));
    }

    [Fact]
    public void Anonymous_query_prints_as_shorthand_and_named_ones_keep_their_keyword()
    {
        Assert.Equal("{\n  a\n}", Reprint("query { a }"));
        Assert.Equal("query Q {\n  a\n}", Reprint("query Q { a }"));
        Assert.Equal("mutation {\n  a\n}", Reprint("mutation { a }"));
        Assert.Equal("query @d {\n  a\n}", Reprint("query @d { a }"));
    }

    [Fact]
    public void Long_argument_lists_wrap_one_per_line()
    {
        var printed = Reprint("{ field(argumentNumberOne: \"a long value\", argumentNumberTwo: \"another long value\", three: 3) }");

        Assert.Equal("{\n  field(\n    argumentNumberOne: \"a long value\"\n    argumentNumberTwo: \"another long value\"\n    three: 3\n  )\n}", printed);
    }

    [Fact]
    public void Strings_escape_controls_and_block_strings_stay_blocks()
    {
        var printed = Reprint("{ a(s: \"tab\\t \\u0001 \\u007F quote\\\" \\u00e9\", b: \"\"\"  indented \"\"\", c: \"ends with \\\"\") }");

        Assert.Equal("{\n  a(s: \"tab\\t \\u0001 \\u007F quote\\\" \u00e9\", b: \"\"\"  indented \"\"\", c: \"ends with \\\"\")\n}", printed);
        Assert.Equal("\"\"\"\nends with \"\n\"\"\"", SyntaxPrinter.Print(new StringValueNode("ends with \"", true)));
    }

    [Fact]
    public void Values_print_compact_until_they_pass_eighty_columns()
    {
        Assert.Equal("{\n  a(o: { x: 1, y: [1, 2] }, e: {  }, l: [])\n}", Reprint("{ a(o: {x: 1, y: [1,2]}, e: {}, l: []) }"));
        var list = GraphQLParser.ParseValue("[" + string.Join(", ", Enumerable.Repeat("\"0123456789\"", 8)) + "]");
        Assert.StartsWith("[\n  \"0123456789\"\n  \"0123456789\"\n", SyntaxPrinter.Print(list), StringComparison.Ordinal);
    }
}

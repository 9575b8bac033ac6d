using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<Token> Lex(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        for (var token = lexer.Next(); token.Kind != TokenKind.EndOfFile; token = lexer.Next())
        {
            tokens.Add(token);
        }
        return tokens;
    }

    [Fact]
    public void Every_punctuator_is_its_own_token()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);

        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
             TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
             TokenKind.Pipe, TokenKind.BraceR],
            kinds);
    }

    [Fact]
    public void Byte_order_mark_white_space_commas_and_comments_are_ignored()
    {
        var lexer = new Lexer("\uFEFF \t,,# a comment \u00e9 \U0001F600\r\n  name # trailing");

        var token = lexer.Next();

        Assert.Equal((TokenKind.Name, 2, 3), (token.Kind, token.Line, token.Column));
        Assert.Equal("name", lexer.TextOf(token));
        Assert.Equal(TokenKind.EndOfFile, lexer.Next().Kind);
    }

    [Theory]
    [InlineData("0", "Int")]
    [InlineData("-0", "Int")]
    [InlineData("1234567890", "Int")]
    [InlineData("-42", "Int")]
    [InlineData("0.0", "Float")]
    [InlineData("-1.5", "Float")]
    [InlineData("1e10", "Float")]
    [InlineData("1E-10", "Float")]
    [InlineData("6.0221e+23", "Float")]
    [InlineData("_name_9", "Name")]
    public void Numbers_and_names_keep_their_text(string text, string kind)
    {
        var lexer = new Lexer(text);
        var token = lexer.Next();

        Assert.Equal(kind, token.Kind.ToString());
        Assert.Equal(text, lexer.TextOf(token));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\\\/\\\"\"", "escaped \n\r\b\t\f\\/\"")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"braced \\u{1234}\\u{0}\\u{1F600}\"", "braced \u1234\u0000\U0001F600")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"unescaped \u00e9 \U0001F600 \u0007\"", "unescaped \u00e9 \U0001F600 \u0007")]
    public void Strings_resolve_every_escape(string text, string value)
    {
        var lexer = new Lexer(text);
        var token = lexer.Next();

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, lexer.ValueOf(token));
        Assert.Equal(TokenKind.EndOfFile, lexer.Next().Kind);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"no \\n escapes \\u1234\"\"\"", "no \\n escapes \\u1234")]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n        lines\n\n  \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps\n    its indent\n    \"\"\"", "  first line keeps\nits indent")]
    [InlineData("\"\"\"crlf\r\n  and\r  cr\"\"\"", "crlf\nand\ncr")]
    [InlineData("\"\"\"\t\n \t \n\"\"\"", "")]
    public void Block_strings_are_dedented_by_BlockStringValue(string text, string value)
    {
        var lexer = new Lexer(text);
        var token = lexer.Next();

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, lexer.ValueOf(token));
        Assert.Equal(TokenKind.EndOfFile, lexer.Next().Kind);
    }

    [Fact]
    public void An_earlier_string_keeps_its_value_after_later_strings_are_lexed()
    {
        var lexer = new Lexer("\"first \\u0041\" \"\"\"second\"\"\" \"third\"");
        var first = lexer.Next();
        var second = lexer.Next();
        var third = lexer.Next();

        Assert.Equal(("first A", "second", "third"), (lexer.ValueOf(first), lexer.ValueOf(second), lexer.ValueOf(third)));
    }

    [Fact]
    public void Crlf_is_one_line_break_and_columns_count_code_points()
    {
        var tokens = Lex("a\r\nb\rc\nd\r\n\r\n\"\U0001F600\" e");

        Assert.Equal(
            [(1, 1), (2, 1), (3, 1), (4, 1), (6, 1), (6, 5)],
            tokens.Select(t => (t.Line, t.Column)));
    }

    [Fact]
    public void Block_strings_spanning_lines_move_the_following_tokens_down()
    {
        var tokens = Lex("\"\"\"one\r\ntwo\nthree\"\"\" after");

        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((3, 10), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void Astral_characters_before_an_error_count_as_one_column()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse("{ a(b: \"\U0001F600\U0001F600\") }\r\n?")).Error;

        Assert.Equal(new SourceLocation(2, 1), Assert.Single(error.Locations));
        var inline = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse("\"\U0001F600\U0001F600\" ?")).Error;
        Assert.Equal(new SourceLocation(1, 6), Assert.Single(inline.Locations));
    }

    [Fact]
    public void Lone_surrogates_are_invalid_characters()
    {
        var cases = new (string Text, string Message, int Column)[]
        {
            ("\uD800", "Syntax Error: Invalid character: U+D800.", 1),
            ("\"lone \uDC00\"", "Syntax Error: Invalid character within String: U+DC00.", 7),
            ("\"\"\"bad \uD800\"\"\"", "Syntax Error: Invalid character within String: U+D800.", 8),
            ("{ a \uDBFF }", "Syntax Error: Invalid character: U+DBFF.", 5),
        };
        foreach (var (text, message, column) in cases)
        {
            var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(text)).Error;
            Assert.Equal((message, new SourceLocation(1, column)), (error.Message, Assert.Single(error.Locations)));
        }
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData(".123", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.123\"?", 1, 1)]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("-a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("1a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("1.5b", "Syntax Error: Invalid number, expected digit but got: \"b\".", 1, 4)]
    [InlineData("0x1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("\"unterminated", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("\"line\nbreak\"", "Syntax Error: Unterminated string.", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FFFFFFFFF} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 6)]
    [InlineData("\"bad \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"bad \\uD800 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 6)]
    [InlineData("\"bad \\uD800\\u0041 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 6)]
    [InlineData("\"bad \\uDC00 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDC00\".", 1, 6)]
    [InlineData("\"\\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\"\"no end", "Syntax Error: Unterminated string.", 1, 10)]
    public void Lexical_errors_match_graphql_js(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(text)).Error;

        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
    }
}

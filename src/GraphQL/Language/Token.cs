namespace BpjsTk.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, UTF-16 offsets [<paramref name="Start"/>, <paramref name="End"/>),
/// 1-based line and code-point column. Holding no reference keeps copying it free of GC write barriers;
/// a string token's value is asked of <see cref="Lexer.ValueOf"/>.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column)
{
    /// <summary>How graphql-js names a token kind in messages: punctuators quoted, the rest by name.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}

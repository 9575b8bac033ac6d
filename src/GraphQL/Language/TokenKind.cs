namespace BpjsTk.GraphQL.Language;

/// <summary>The kinds of lexical token (spec 2.1.6 Lexical Tokens); ignored tokens never reach the parser.</summary>
internal enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace BpjsTk.GraphQL.Language;

/// <summary>
/// Turns source text into tokens on demand (spec 2.1 Source Text), skipping ignored tokens:
/// the byte order mark, white space, line terminators, commas and comments. A mutable struct so that the parser
/// holds it inline: no allocation per parse and no indirection per token (keep it in a field that is not readonly).
/// </summary>
internal struct Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _pairsOnLine;
    private string? _value;
    private int _valueStart = -1;

    public Lexer(string body)
    {
        _body = body;
    }

    public string Body => _body;

    /// <summary>The text of a token as written (names, numbers), shared between equal names.</summary>
    public string TextOf(in Token token)
    {
        var span = _body.AsSpan(token.Start, token.End - token.Start);
        if (token.Kind != TokenKind.Name)
        {
            return span.ToString();
        }
        return NameCache.Get(span);
    }

    /// <summary>
    /// The value of a string or block string token, escapes resolved and block indentation removed: kept from lexing
    /// for the latest string token, read again from the text for an earlier one (error messages only).
    /// </summary>
    public string ValueOf(in Token token)
    {
        if (token.Start == _valueStart)
        {
            return _value!;
        }
        var lexer = new Lexer(_body) { _position = token.Start };
        lexer.Next();
        return lexer._value!;
    }

    /// <summary>True when the token is the name <paramref name="keyword"/>, without allocating.</summary>
    public bool IsKeyword(in Token token, string keyword) =>
        token.Kind == TokenKind.Name && _body.AsSpan(token.Start, token.End - token.Start).SequenceEqual(keyword);

    /// <summary>Reads the token after the current one without moving past it.</summary>
    public Token Lookahead()
    {
        var (position, line, lineStart, pairsOnLine) = (_position, _line, _lineStart, _pairsOnLine);
        var token = Next();
        (_position, _line, _lineStart, _pairsOnLine) = (position, line, lineStart, pairsOnLine);
        return token;
    }

    /// <summary>Reads the next significant token (spec 2.1.6), or EndOfFile.</summary>
    public Token Next()
    {
        var body = _body;
        var length = body.Length;
        while (true)
        {
            var position = SkipIgnored();
            if (position >= length)
            {
                break;
            }
            var code = body[position];
            switch (code)
            {
                case '#':
                    SkipComment();
                    continue;
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case '(':
                    return Punctuator(TokenKind.ParenL, position, 1);
                case ')':
                    return Punctuator(TokenKind.ParenR, position, 1);
                case '.':
                    return ReadDots(position);
                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.BracketL, position, 1);
                case ']':
                    return Punctuator(TokenKind.BracketR, position, 1);
                case '{':
                    return Punctuator(TokenKind.BraceL, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    return position + 2 < length && body[position + 1] == '"' && body[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }
            if (IsNameStart(code))
            {
                return ReadName(position);
            }
            throw UnexpectedCharacter(position);
        }
        return new Token(TokenKind.EndOfFile, length, length, _line, ColumnAt(length));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException UnexpectedCharacter(int position) => _body[position] == '\''
        ? Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?")
        : CodePointError(position, IsScalarAt(position) ? "Unexpected character: " : "Invalid character: ");

    /// <summary>
    /// A syntax error naming the code point at an offset. Error messages are built in methods of their own, never
    /// inlined, so the hot paths keep small stack frames with nothing to zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException CodePointError(int position, string prefix) =>
        Error(position, prefix + DescribeCodePointAt(position) + ".");

    /// <summary>Moves past white space, line terminators, commas and byte order marks (spec 2.1.1-2.1.5, 2.1.7).</summary>
    private int SkipIgnored()
    {
        var body = _body;
        var position = _position;
        while ((uint)position < (uint)body.Length)
        {
            var code = body[position];
            if (code == ' ')
            {
                position = SkipSpaces(body, position + 1);
            }
            else if (code is '\t' or ',' or '\uFEFF')
            {
                position++;
            }
            else if (code == '\n')
            {
                position++;
                _line++;
                _lineStart = position;
                _pairsOnLine = 0;
            }
            else if (code == '\r')
            {
                position += position + 1 < body.Length && body[position + 1] == '\n' ? 2 : 1;
                _line++;
                _lineStart = position;
                _pairsOnLine = 0;
            }
            else
            {
                break;
            }
        }
        _position = position;
        return position;
    }

    /// <summary>The end of a run of spaces, eight characters per step: indentation is most of a formatted document.</summary>
    private static int SkipSpaces(string body, int position)
    {
        var space = Vector128.Create((ushort)' ');
        while (position + Vector128<ushort>.Count <= body.Length)
        {
            var chars = Vector128.Create(MemoryMarshal.Cast<char, ushort>(body.AsSpan(position, Vector128<ushort>.Count)));
            var spaces = Vector128.Equals(chars, space).ExtractMostSignificantBits();
            if (spaces != 0xFF)
            {
                return position + BitOperations.TrailingZeroCount(~spaces);
            }
            position += Vector128<ushort>.Count;
        }
        while (position < body.Length && body[position] == ' ')
        {
            position++;
        }
        return position;
    }

    /// <summary>The 1-based line and code-point column of an offset, counted from the start (error paths only).</summary>
    public static SourceLocation LocationOf(string body, int position)
    {
        var line = 1;
        var column = 1;
        var end = Math.Min(position, body.Length);
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n' || (c == '\r' && !(i + 1 < body.Length && body[i + 1] == '\n')))
            {
                line++;
                column = 1;
            }
            else if (c != '\r')
            {
                if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(body[i + 1]))
                {
                    i++;
                }
                column++;
            }
        }
        return new SourceLocation(line, column);
    }

    /// <summary>A syntax error at an offset, with graphql-js's "Syntax Error: " prefix.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public GraphQLSyntaxException Error(int position, string description) =>
        Error(_body, position, description, ErrorCodes.SyntaxError);

    public static GraphQLSyntaxException Error(string body, int position, string description, string code) =>
        new(GraphQLError.WithCode("Syntax Error: " + description, code, [LocationOf(body, position)]));

    /// <summary>
    /// The code-point column of an offset on the current line: surrogate pairs appear only inside
    /// strings and comments, which count them as they pass, so no rescan of the line is needed.
    /// </summary>
    private int ColumnAt(int position) => position - _lineStart + 1 - _pairsOnLine;

    private Token Punctuator(TokenKind kind, int start, int size)
    {
        _position = start + size;
        return new Token(kind, start, start + size, _line, ColumnAt(start));
    }

    private Token ReadDots(int position)
    {
        var body = _body;
        var next = position + 1 < body.Length ? body[position + 1] : '\0';
        if (next == '.' && position + 2 < body.Length && body[position + 2] == '.')
        {
            return Punctuator(TokenKind.Spread, position, 3);
        }
        throw DotError(position);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException DotError(int position)
    {
        var next = CharAt(position + 1);
        if (next == '.')
        {
            return Error(position, "Unexpected \"..\", did you mean \"...\"?");
        }
        if (IsDigit(next))
        {
            var end = position + 1;
            while (IsDigit(CharAt(end)))
            {
                end++;
            }
            return Error(position, $"Invalid number, expected digit before \".\", did you mean \"0{_body.AsSpan(position, end - position)}\"?");
        }
        return CodePointError(position, "Unexpected character: ");
    }

    private void SkipComment()
    {
        var body = _body;
        var position = _position + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\r' or '\n')
            {
                break;
            }
            if (char.IsSurrogate(code))
            {
                if (!IsScalarAt(position))
                {
                    break;
                }
                position += 2;
                _pairsOnLine++;
                continue;
            }
            position++;
        }
        _position = position;
    }

    // spec 2.1.8 Names
    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while ((uint)position < (uint)body.Length && IsNameContinue(body[position]))
        {
            position++;
        }
        _position = position;
        return new Token(TokenKind.Name, start, position, _line, ColumnAt(start));
    }

    // spec 2.9.1 Int Value and 2.9.2 Float Value
    private Token ReadNumber(int start)
    {
        var position = start;
        var code = CharAt(position);
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }
        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw CodePointError(position, "Invalid number, unexpected digit after 0: ");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code is 'e' or 'E')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        // a number may not be followed by a name start or a dot (spec 2.1.9 lookahead restrictions)
        if (code == '.' || IsNameStart(code))
        {
            throw CodePointError(position, "Invalid number, expected digit but got: ");
        }
        _position = position;
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _line, ColumnAt(start));
    }

    private int ReadDigits(int start, char first)
    {
        if (!IsDigit(first))
        {
            throw CodePointError(start, "Invalid number, expected digit but got: ");
        }
        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }
        return position;
    }

    // spec 2.9.4 String Value
    private Token ReadString(int start)
    {
        var body = _body;
        var column = ColumnAt(start);
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    text = value.Append(body, chunkStart, position - chunkStart).ToString();
                }
                _position = position + 1;
                (_value, _valueStart) = (text, start);
                return new Token(TokenKind.String, start, position + 1, _line, column);
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += ReadEscape(position, value);
                chunkStart = position;
                continue;
            }
            if (code is '\r' or '\n')
            {
                break;
            }
            if (char.IsSurrogate(code))
            {
                if (!IsScalarAt(position))
                {
                    throw CodePointError(position, "Invalid character within String: ");
                }
                position += 2;
                _pairsOnLine++;
                continue;
            }
            position++;
        }
        throw Error(position, "Unterminated string.");
    }

    /// <summary>Appends one escape sequence's value and returns how many code units it spans.</summary>
    private int ReadEscape(int position, StringBuilder value)
    {
        var body = _body;
        var next = CharAt(position + 1);
        switch (next)
        {
            case '"': value.Append('"'); return 2;
            case '\\': value.Append('\\'); return 2;
            case '/': value.Append('/'); return 2;
            case 'b': value.Append('\b'); return 2;
            case 'f': value.Append('\f'); return 2;
            case 'n': value.Append('\n'); return 2;
            case 'r': value.Append('\r'); return 2;
            case 't': value.Append('\t'); return 2;
            case 'u' when CharAt(position + 2) == '{':
                return ReadVariableWidthEscape(position, value);
            case 'u':
                return ReadFixedWidthEscape(position, value);
            default:
                throw EscapeError(position, "Invalid character escape sequence: ", 2);
        }
    }

    // \u{...}: one to eight hex digits naming a Unicode scalar value
    private int ReadVariableWidthEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalar(point))
                {
                    break;
                }
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }
        throw EscapeError(position, "Invalid Unicode escape sequence: ", size);
    }

    // \uXXXX, where a leading surrogate must be followed by an escaped trailing one
    private int ReadFixedWidthEscape(int position, StringBuilder value)
    {
        var code = ReadHex4(position + 2);
        if (IsScalar(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = ReadHex4(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw EscapeError(position, "Invalid Unicode escape sequence: ", 6);
    }

    private int ReadHex4(int position) =>
        (HexValue(CharAt(position)) << 12) | (HexValue(CharAt(position + 1)) << 8)
        | (HexValue(CharAt(position + 2)) << 4) | HexValue(CharAt(position + 3));

    // spec 2.9.4 Block Strings: raw text, only \""" escaped, lines dedented by BlockStringValue()
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var line = _line;
        var column = ColumnAt(start);
        var position = start + 3;
        var chunkStart = position;
        var current = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                _position = position + 3;
                (_value, _valueStart) = (BlockString.Dedent(lines), start);
                return new Token(TokenKind.BlockString, start, position + 3, line, column);
            }
            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }
            if (code is '\r' or '\n')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                current.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                _line++;
                _lineStart = position;
                _pairsOnLine = 0;
                continue;
            }
            if (char.IsSurrogate(code))
            {
                if (!IsScalarAt(position))
                {
                    throw CodePointError(position, "Invalid character within String: ");
                }
                position += 2;
                _pairsOnLine++;
                continue;
            }
            position++;
        }
        throw Error(position, "Unterminated string.");
    }

    private char CharAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : '\0';

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException EscapeError(int position, string prefix, int size) =>
        Error(position, $"{prefix}\"{_body.AsSpan(position, Math.Min(size, _body.Length - position))}\".");

    /// <summary>True when a code point (or a surrogate pair) starts here, not a lone surrogate.</summary>
    private bool IsScalarAt(int position)
    {
        var code = _body[position];
        if (!char.IsSurrogate(code))
        {
            return true;
        }
        return char.IsHighSurrogate(code) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);
    }

    /// <summary>A code point as graphql-js prints it in messages: "x" for printable ASCII, else U+XXXX.</summary>
    private string DescribeCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }
        var code = (int)_body[position];
        if (IsScalarAt(position) && char.IsHighSurrogate(_body[position]))
        {
            code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        }
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static bool IsScalar(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static int HexValue(char code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsDigit(char code) => code is >= '0' and <= '9';

    // setting bit 5 folds 'A'-'Z' onto 'a'-'z' and moves no other character into that range
    private static bool IsNameStart(char code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    /// <summary>A letter, digit or underscore, looked up in one table: the test run for every character of every name.</summary>
    private static bool IsNameContinue(char code) => code < 128 && NameContinue[code] != 0;

    private static ReadOnlySpan<byte> NameContinue =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];
}

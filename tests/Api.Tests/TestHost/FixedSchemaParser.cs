using System.Globalization;
using System.Text;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>
/// Parses the small subset of GraphQL the transport tests send: operations with variable definitions,
/// fields with aliases, arguments and sub-selections; string, int, enum and variable values.
/// Anything else is a syntax error with a location, as the real parser reports it.
/// </summary>
internal sealed class FixedSchemaParser
{
    private readonly string _text;
    private int _position;

    private FixedSchemaParser(string text) => _text = text;

    public static IReadOnlyList<ParsedOperation> Parse(string text)
    {
        var parser = new FixedSchemaParser(text);
        var operations = new List<ParsedOperation>();
        parser.SkipIgnored();
        while (parser._position < text.Length)
        {
            operations.Add(parser.Operation());
            parser.SkipIgnored();
        }
        return operations.Count > 0 ? operations : throw parser.Error("Syntax Error: Unexpected <EOF>.");
    }

    private ParsedOperation Operation()
    {
        if (Peek('{'))
        {
            return new(OperationType.Query, null, [], SelectionSet());
        }
        var keyword = Name();
        var type = keyword switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Error($"Syntax Error: Unexpected Name \"{keyword}\"."),
        };
        var name = PeekNameStart() ? Name() : null;
        var variables = new List<ParsedVariable>();
        if (TryTake('('))
        {
            while (!TryTake(')'))
            {
                Expect('$');
                var variable = Name();
                Expect(':');
                var typeName = Name();
                variables.Add(new(variable, typeName, TryTake('!')));
            }
        }
        return new(type, name, variables, SelectionSet());
    }

    private List<ParsedField> SelectionSet()
    {
        Expect('{');
        var fields = new List<ParsedField>();
        do
        {
            fields.Add(Field());
        }
        while (!TryTake('}'));
        return fields;
    }

    private ParsedField Field()
    {
        var responseName = Name();
        var name = TryTake(':') ? Name() : responseName;
        var arguments = new Dictionary<string, object?>();
        if (TryTake('('))
        {
            do
            {
                var argument = Name();
                Expect(':');
                arguments[argument] = Value();
            }
            while (!TryTake(')'));
        }
        return new(responseName, name, arguments, Peek('{') ? SelectionSet() : null);
    }

    private object? Value()
    {
        SkipIgnored();
        if (TryTake('$'))
        {
            return new VariableReference(Name());
        }
        if (Peek('"'))
        {
            return StringValue();
        }
        if (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '-'))
        {
            return IntValue();
        }
        return Name() switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            var enumValue => enumValue,
        };
    }

    private string StringValue()
    {
        Expect('"');
        var value = new StringBuilder();
        while (_position < _text.Length && _text[_position] != '"')
        {
            var c = _text[_position++];
            if (c == '\n')
            {
                break;
            }
            if (c == '\\' && _position < _text.Length)
            {
                c = _text[_position++] switch { 'n' => '\n', 't' => '\t', var escaped => escaped };
            }
            value.Append(c);
        }
        if (!TryTakeRaw('"'))
        {
            throw Error("Syntax Error: Unterminated string.");
        }
        return value.ToString();
    }

    private int IntValue()
    {
        var start = _position;
        if (_text[_position] == '-')
        {
            _position++;
        }
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }
        if (_position < _text.Length && (char.IsAsciiLetter(_text[_position]) || _text[_position] == '_'))
        {
            throw Error($"Syntax Error: Invalid number, expected digit but got: \"{_text[_position]}\".");
        }
        return int.Parse(_text.AsSpan(start, _position - start), CultureInfo.InvariantCulture);
    }

    private string Name()
    {
        SkipIgnored();
        if (!PeekNameStart())
        {
            throw Error($"Syntax Error: Expected Name, found {Describe()}.");
        }
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }
        return _text[start.._position];
    }

    private bool PeekNameStart()
    {
        SkipIgnored();
        return _position < _text.Length && (char.IsAsciiLetter(_text[_position]) || _text[_position] == '_');
    }

    private bool Peek(char punctuator)
    {
        SkipIgnored();
        return _position < _text.Length && _text[_position] == punctuator;
    }

    private bool TryTake(char punctuator)
    {
        SkipIgnored();
        return TryTakeRaw(punctuator);
    }

    private bool TryTakeRaw(char punctuator)
    {
        if (_position < _text.Length && _text[_position] == punctuator)
        {
            _position++;
            return true;
        }
        return false;
    }

    private void Expect(char punctuator)
    {
        if (!TryTake(punctuator))
        {
            throw Error($"Syntax Error: Expected \"{punctuator}\", found {Describe()}.");
        }
    }

    private void SkipIgnored()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '#')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (char.IsWhiteSpace(c) || c == ',' || c == '\uFEFF')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private string Describe() => _position < _text.Length ? $"\"{_text[_position]}\"" : "<EOF>";

    private FixedSchemaSyntaxException Error(string message)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < _position && i < _text.Length; i++)
        {
            (line, column) = _text[i] == '\n' ? (line + 1, 1) : (line, column + 1);
        }
        return new(message, new SourceLocation(line, column));
    }
}

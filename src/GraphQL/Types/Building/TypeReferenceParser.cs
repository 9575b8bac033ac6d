using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>Parses a type reference such as <c>[Region!]!</c> (spec 2.11 Type References).</summary>
internal static class TypeReferenceParser
{
    public static TypeNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        var type = ParseType(text, ref position, 0);
        SkipIgnored(text, ref position);
        return position == text.Length ? type : throw Invalid(text);
    }

    private static TypeNode ParseType(string text, ref int position, int depth)
    {
        if (depth > 32)
        {
            throw Invalid(text);
        }

        SkipIgnored(text, ref position);
        TypeNode type;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            var inner = ParseType(text, ref position, depth + 1);
            SkipIgnored(text, ref position);
            if (position >= text.Length || text[position] != ']')
            {
                throw Invalid(text);
            }

            position++;
            type = new ListTypeNode(inner);
        }
        else
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            if (start == position || char.IsAsciiDigit(text[start]))
            {
                throw Invalid(text);
            }

            type = new NamedTypeNode(new NameNode(text[start..position]));
        }

        SkipIgnored(text, ref position);
        if (position < text.Length && text[position] == '!')
        {
            position++;
            type = new NonNullTypeNode(type);
        }

        return type;
    }

    private static void SkipIgnored(string text, ref int position)
    {
        while (position < text.Length && (text[position] is ' ' or '\t' or ','))
        {
            position++;
        }
    }

    private static ArgumentException Invalid(string text) => new($"'{text}' is not a GraphQL type reference.", nameof(text));
}

using System.Reflection;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>A type reference before the schema's types exist: written in SDL, or inferred from a CLR member.</summary>
internal abstract record TypeReference
{
    /// <summary>A reference written as SDL, e.g. <c>[Region!]!</c>.</summary>
    public static TypeReference Parse(string sdl) => new SyntaxTypeReference(GraphQLParser.ParseType(sdl));
}

/// <summary>A reference by syntax.</summary>
internal sealed record SyntaxTypeReference(TypeNode Type) : TypeReference;

/// <summary>A reference by CLR type; nullability comes from the C# annotations of the member.</summary>
internal sealed record ClrTypeReference(Type ClrType, NullabilityInfo? Nullability, bool IsInput) : TypeReference;

namespace BpjsTk.GraphQL.Types;

/// <summary>An error type a mutation declares: an object type by name, or the CLR type an object type is (or will be) bound to.</summary>
internal sealed record ErrorTypeReference(string? TypeName, Type? ClrType);

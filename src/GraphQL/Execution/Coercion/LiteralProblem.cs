using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// Why a literal does not fit its input type, worded as graphql-js 17's validateInputLiteral words it.
/// </summary>
/// <param name="Message">The problem, e.g. <c>Expected value of non-null type "Int!" not to be null.</c></param>
/// <param name="Node">The literal (or object field) to point the error at.</param>
/// <param name="Path">Field names and list indexes from the checked literal down to <paramref name="Node"/>.</param>
public sealed record LiteralProblem(string Message, SyntaxNode Node, IReadOnlyList<object> Path);

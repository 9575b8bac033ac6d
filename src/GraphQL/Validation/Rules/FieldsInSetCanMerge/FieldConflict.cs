using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation.FieldsInSetCanMerge;

/// <summary>
/// Two fields (or groups of fields) with one response name that cannot be merged (spec 5.3.2):
/// the reason in graphql-js's words and the field nodes of each side, the outer field first.
/// </summary>
internal sealed record FieldConflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);

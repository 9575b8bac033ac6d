namespace BpjsTk.GraphQL.Tests.Validation.Conformance;

/// <summary>
/// Every place where the conformance run deliberately departs from graphql-js, in one file:
/// rules whose cases do not run yet, and messages we word differently, each with its reason.
/// </summary>
internal static class WordingDifferences
{
    /// <summary>Rules not implemented yet; their cases are left out of the run until this set no longer names them.</summary>
    public static readonly IReadOnlySet<string> PendingRules = new HashSet<string>(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// Cases whose expected errors hold only for graphql-js's own test schema: the exported schema adds types the query's
    /// fragments name, which makes their fields mutually exclusive. graphql-js 17.1 run on the exported schema reports no
    /// error for these, and neither do we.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SchemaDefects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OverlappingFieldsCanBeMergedRule.spec#25: reports deep conflict after nested fragments"] =
            "the exported schema declares type T, so the fragment's field x and the operation's x sit on different object types",
        ["OverlappingFieldsCanBeMergedRule.spec#45: finds invalid cases even with field named after fragment"] =
            "the exported schema declares type Type, so the fragment's field fragA and the operation's fragA sit on different object types",
    };

    /// <summary>
    /// Cases whose expected locations are wrong in the exported data (cases the exporting project added, not graphql-js's);
    /// for these the run compares the messages and their number only.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LocationDefects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UniqueDirectivesPerLocationRule.spec#12: duplicate custom non-repeatable directives in one location"] =
            "the expected columns 13 and 35 are 22 apart, but the two directives in the query text start at columns 9 and 30, 21 apart",
    };

    /// <summary>graphql-js's message mapped to ours, with the reason we differ.</summary>
    public static readonly IReadOnlyDictionary<string, (string Ours, string Reason)> Messages = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
    };

    /// <summary>The message we are expected to give where graphql-js gives <paramref name="graphqlJsMessage"/>.</summary>
    public static string Expected(string graphqlJsMessage) => Messages.TryGetValue(graphqlJsMessage, out var ours) ? ours.Ours : graphqlJsMessage;
}

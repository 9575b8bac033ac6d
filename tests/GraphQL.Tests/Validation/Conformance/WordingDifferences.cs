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
    /// Cases whose expected errors we replace, each written as "message @ line:column, ..." per error, with the reason.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string[] Errors, string Reason)> Cases = new Dictionary<string, (string[], string)>(StringComparer.Ordinal)
    {
        ["UniqueDirectivesPerLocationRule.spec#12: duplicate custom non-repeatable directives in one location"] = (
            ["The directive \"@customNonRepeatable\" can only be used once at this location. @ 2:9, 2:30"],
            "the case was added by the exporting project, not graphql-js, and its columns (13 and 35) do not point at the directives in its query"),
        ["SingleFieldSubscriptionsRule.spec#8: does not infinite loop on recursive fragments"] = (
            ["Subscription \"NoInfiniteLoop\" must select one top level field. @ 2:35"],
            "graphql-js 17.1.0 reports a subscription whose root selects no field at all (here only a fragment spreading itself); the cases were exported before that check"),
        ["OverlappingFieldsCanBeMergedRule.spec#25: reports deep conflict after nested fragments"] = (
            [],
            "the exported schema declares type T, which graphql-js's test schema lacks, so the fragment's x and the operation's x sit on different object types and may differ; graphql-js 17.1.0 on this schema reports nothing either"),
        ["OverlappingFieldsCanBeMergedRule.spec#45: finds invalid cases even with field named after fragment"] = (
            [],
            "the exported schema declares type Type, which graphql-js's test schema lacks, so the fragment's fragA and the operation's fragA sit on different object types and may differ; graphql-js 17.1.0 on this schema reports nothing either"),
        ["ValuesOfCorrectTypeRule.spec#66: Invalid input object value/Partial object, missing required"] = (
            ["Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 4 }. @ 4:41"],
            ValuesWording),
        ["ValuesOfCorrectTypeRule.spec#82: Variable default values/complex variables missing required field"] = (
            ["Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 3 }. @ 2:55"],
            ValuesWording),
    };

    private const string ValuesWording = "graphql-js 17.1.0 checks literals with validateInputLiteral, whose messages name the expected type and quote the value; the cases were exported before that change";

    private const string Coordinates = "graphql-js 17.1.0 names the argument by its schema coordinate; the cases were exported before that change";

    /// <summary>The cases' messages that graphql-js 17.1.0, and so the engine, words differently, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, (string Ours, string Reason)> Messages = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided."] =
            ("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", Coordinates),
        ["Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided."] =
            ("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", Coordinates),
        ["Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided."] =
            ("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", Coordinates),
        ["Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided."] =
            ("Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided.", Coordinates),
        ["Field \"Query.someField\" argument \"deprecatedArg\" is deprecated. Some arg reason."] =
            ("The argument \"Query.someField(deprecatedArg:)\" is deprecated. Some arg reason.", Coordinates),
        ["Directive \"@someDirective\" argument \"deprecatedArg\" is deprecated. Some arg reason."] =
            ("The argument \"@someDirective(deprecatedArg:)\" is deprecated. Some arg reason.", Coordinates),
        ["Expected value of type \"Int!\", found null."] = ("Expected value of non-null type \"Int!\" not to be null.", ValuesWording),
        ["Expected value of type \"Boolean!\", found null."] = ("Expected value of non-null type \"Boolean!\" not to be null.", ValuesWording),
        ["Expected value of type \"String!\", found null."] = ("Expected value of non-null type \"String!\" not to be null.", ValuesWording),
        ["Expected value of type \"ComplexInput\", found \"NotVeryComplex\"."] =
            ("Expected value of type \"ComplexInput\" to be an object, found: \"NotVeryComplex\".", ValuesWording),
        ["Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?"] =
            ("Expected value of type \"ComplexInput\" not to include unknown field \"invalidField\". Did you mean \"intField\"? Found: { requiredField: true, invalidField: \"value\" }.", ValuesWording),
        ["Expected value of type \"CustomScalar\", found 123."] = ("Expected value of type \"CustomScalar\", found: 123.", ValuesWording),
        ["OneOf Input Object \"OneOfInput\" must specify exactly one key."] =
            ("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", ValuesWording),
        ["Field \"OneOfInput.stringField\" must be non-null."] =
            ("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", ValuesWording),
    };

    /// <summary>The message we are expected to give where the case says <paramref name="caseMessage"/>.</summary>
    public static string Expected(string caseMessage) => Messages.TryGetValue(caseMessage, out var ours) ? ours.Ours : caseMessage;
}

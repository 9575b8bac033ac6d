namespace BpjsTk.GraphQL;

/// <summary>The <c>extensions.code</c> values the engine gives its errors.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL text (spec 2).</summary>
    public const string SyntaxError = "GRAPHQL_SYNTAX_ERROR";

    /// <summary>The document breaks a validation rule (spec 5).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The variables do not fit their definitions (spec 6.1.2).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>No operation could be chosen (spec 6.1).</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>The chosen operation's type is not allowed by the transport (GraphQL-over-HTTP answers 405 for a mutation over GET).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>The operation is a subscription, which this transport does not carry.</summary>
    public const string SubscriptionsNotSupported = "SUBSCRIPTIONS_NOT_SUPPORTED";

    /// <summary>A resolver failed; the message is masked unless the error was meant for users.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";

    /// <summary>A resolver's value could not be turned into the field's type (spec 6.4.3).</summary>
    public const string ResultCoercion = "RESULT_COERCION_FAILED";

    /// <summary>The execution ran past its time limit.</summary>
    public const string Timeout = "EXECUTION_TIMEOUT";

    /// <summary>An <see cref="Execution.IExecutionGate"/> refused the operation because its caller has used up an allowance (GraphQL over HTTP answers 429).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The request was cancelled by its caller.</summary>
    public const string Cancelled = "REQUEST_CANCELLED";

    /// <summary>The document is longer than the limit.</summary>
    public const string MaxDocumentSize = "MAX_DOCUMENT_SIZE_EXCEEDED";

    /// <summary>The document has more tokens than the limit.</summary>
    public const string MaxTokens = "MAX_TOKENS_EXCEEDED";

    /// <summary>The document nests deeper than the parser allows.</summary>
    public const string MaxParserDepth = "MAX_PARSER_DEPTH_EXCEEDED";

    /// <summary>The operation selects more fields than the limit.</summary>
    public const string MaxFields = "MAX_FIELDS_EXCEEDED";

    /// <summary>The operation uses more aliases than the limit.</summary>
    public const string MaxAliases = "MAX_ALIASES_EXCEEDED";

    /// <summary>A location carries more directives than the limit.</summary>
    public const string MaxDirectives = "MAX_DIRECTIVES_EXCEEDED";

    /// <summary>The operation nests deeper than the limit.</summary>
    public const string MaxDepth = "MAX_DEPTH_EXCEEDED";

    /// <summary>Validation visited more fragment spreads than the limit.</summary>
    public const string MaxFragmentVisits = "MAX_FRAGMENT_VISITS_EXCEEDED";

    /// <summary>Overlapping-field checks compared more pairs than the limit.</summary>
    public const string MaxFieldComparisons = "MAX_FIELD_COMPARISONS_EXCEEDED";

    /// <summary>The static cost of the operation is above the limit.</summary>
    public const string MaxCost = "MAX_COST_EXCEEDED";

    /// <summary>A list field whose <c>@listSize</c> requires exactly one slicing argument got none or several.</summary>
    public const string SlicingArgumentRequired = "SLICING_ARGUMENT_REQUIRED";

    /// <summary>Introspection nests deeper than the limit.</summary>
    public const string MaxIntrospectionDepth = "MAX_INTROSPECTION_DEPTH_EXCEEDED";

    /// <summary>The response reached the most errors it may carry.</summary>
    public const string MaxErrors = "MAX_ERRORS_EXCEEDED";
}

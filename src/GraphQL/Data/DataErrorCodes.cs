namespace BpjsTk.GraphQL.Data;

/// <summary>The <c>extensions.code</c> values of errors raised by filtering, sorting and paging arguments.</summary>
public static class DataErrorCodes
{
    /// <summary><c>first</c>, <c>last</c> or <c>take</c> asks for more rows than the field allows.</summary>
    public const string PagingMaxExceeded = "PAGING_MAX_EXCEEDED";

    /// <summary>A negative page size, or <c>first</c> and <c>last</c> together.</summary>
    public const string PagingInvalidArgument = "PAGING_INVALID_ARGUMENT";

    /// <summary>An <c>after</c> or <c>before</c> cursor this server did not issue.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";
}

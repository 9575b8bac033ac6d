namespace BpjsTk.Api.TrustedDocuments;

/// <summary>The <c>extensions.code</c> values of persisted-document refusals (Apollo's APQ codes where they exist).</summary>
internal static class TrustedDocumentErrorCodes
{
    /// <summary>No persisted document has the id the request names.</summary>
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The request sends a document that is not persisted, and this server or this client requires persisted ones.</summary>
    public const string NotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";

    /// <summary>The request names a persisted document and the server has them switched off.</summary>
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The request sends both a document and an id, and the id is not the document's SHA-256 hash.</summary>
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
}

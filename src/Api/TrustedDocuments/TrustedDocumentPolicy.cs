using BpjsTk.Api.GraphQLHttp;
using BpjsTk.GraphQL.Execution;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.TrustedDocuments;

/// <summary>
/// Turns a request naming a persisted document (Apollo's <c>extensions.persistedQuery.sha256Hash</c> or HotChocolate's
/// <c>id</c>) into one holding its text, and refuses document text where persisted documents are required: in Require
/// mode, or for a caller whose scopes are all in <see cref="TrustedDocumentOptions.RequireForScopes"/>.
/// </summary>
internal static class TrustedDocumentPolicy
{
    public static (GraphQLRequest? Request, TransportError? Error) Apply(GraphQLRequest request, TrustedDocumentOptions options, TrustedDocumentStore store, ApiCaller? caller)
    {
        var required = options.Mode is TrustedDocumentMode.Require || (options.Mode is TrustedDocumentMode.Allow && IsIntegration(caller, options));
        if (request.DocumentId is not { } id)
        {
            return required && !store.Contains(DocumentHash.Of(request.Query ?? ""))
                ? (null, Refuse(TrustedDocumentErrorCodes.NotAllowed, "This client may run persisted documents only: send the document's id instead of its text."))
                : (request, null);
        }

        if (options.Mode is TrustedDocumentMode.Off)
        {
            return (null, Refuse(TrustedDocumentErrorCodes.NotSupported, "This server does not accept persisted document ids; send the document's text as 'query'."));
        }

        if (request.Query is { } text)
        {
            // Apollo's automatic persisted queries send both: the id must be the text's hash, and required documents must be stored
            if (!string.Equals(DocumentHash.Of(text), id, StringComparison.OrdinalIgnoreCase))
            {
                return (null, Refuse(TrustedDocumentErrorCodes.HashMismatch, "The document id is not the SHA-256 hash of the document's text."));
            }

            return required && !store.Contains(id)
                ? (null, Refuse(TrustedDocumentErrorCodes.NotAllowed, "This document is not one of the server's persisted documents."))
                : (request, null);
        }

        return store.TryGet(id, out var stored)
            ? (request with { Query = stored }, null)
            : (null, Refuse(TrustedDocumentErrorCodes.NotFound, "PersistedQueryNotFound"));
    }

    private static bool IsIntegration(ApiCaller? caller, TrustedDocumentOptions options) =>
        caller is { Scopes.Count: > 0 } && options.RequireForScopes.Count > 0 && caller.Scopes.All(options.RequireForScopes.Contains);

    private static TransportError Refuse(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}

namespace BpjsTk.Api.TrustedDocuments;

/// <summary>The <c>GraphQL:TrustedDocuments</c> configuration section.</summary>
public sealed class TrustedDocumentOptions
{
    /// <summary>Off, Allow (default) or Require.</summary>
    public TrustedDocumentMode Mode { get; set; } = TrustedDocumentMode.Allow;

    /// <summary>The folder of <c>&lt;sha256&gt;.graphql</c> files, relative to the content root; a missing folder holds no documents.</summary>
    public string Path { get; set; } = "persisted";

    /// <summary>
    /// Scopes of integration clients: a caller all of whose scopes are listed here must use persisted documents
    /// even in Allow mode (e.g. <c>membership:check</c> for the banks' and local governments' systems).
    /// </summary>
    public IList<string> RequireForScopes { get; } = [];
}

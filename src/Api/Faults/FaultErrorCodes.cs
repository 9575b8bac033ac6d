namespace BpjsTk.Api.Faults;

/// <summary>The <c>extensions.code</c> of answers the server gives when it, not the request, is the problem.</summary>
internal static class FaultErrorCodes
{
    /// <summary>The database cannot be reached: 503 with <c>Retry-After</c>; nothing of the request was answered.</summary>
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";

    /// <summary>This instance is stopping: 503 with <c>Retry-After</c> and <c>Connection: close</c>, so the client goes to another instance.</summary>
    public const string ShuttingDown = "SHUTTING_DOWN";
}

namespace BpjsTk.Schema.Membership;

/// <summary>Per-request holder of the caller, filled by the host's authentication and read by resolvers; empty for anonymous callers.</summary>
public sealed class RequestCaller
{
    public ApiCaller? Caller { get; set; }
}

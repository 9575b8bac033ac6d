using System.Globalization;
using System.Threading.RateLimiting;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Execution;
using BpjsTk.Schema.Membership;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.Security;

/// <summary>
/// Takes one permit of the caller's bucket per membership check an operation will run, before it runs; refuses it
/// with <c>RATE_LIMITED</c>, <c>extensions.retryAfterSeconds</c> and <see cref="ExecutionMetadata.RetryAfter"/> when they are not all there.
/// Anonymous callers are not counted: the check fields refuse them.
/// </summary>
internal sealed class MembershipCheckGate(MembershipCheckLimiter limiter, IOptions<SecurityOptions> options) : IExecutionGate
{
    public ValueTask<ExecutionRefusal?> CheckAsync(ExecutionGateContext context, CancellationToken cancellationToken)
    {
        if (context.Request.Services?.GetService(typeof(RequestCaller)) is not RequestCaller { Caller: { } caller })
        {
            return ValueTask.FromResult<ExecutionRefusal?>(null);
        }

        var checks = MembershipCheckCounter.Count(context);
        if (checks == 0)
        {
            return ValueTask.FromResult<ExecutionRefusal?>(null);
        }

        using var lease = limiter.Acquire(caller.ClientId, checks);
        return ValueTask.FromResult(lease.IsAcquired ? null : Refusal(lease, checks));
    }

    private ExecutionRefusal Refusal(RateLimitLease lease, int checks)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var message = string.Create(CultureInfo.InvariantCulture,
            $"This API key has used its membership checks for now ({options.Value.ChecksPerMinute} a minute; this request holds {checks}). Retry in {seconds} s.");
        return new ExecutionRefusal(new GraphQLError(message, extensions: new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.RateLimited,
            ["retryAfterSeconds"] = seconds,
        }))
        {
            Metadata = new Dictionary<string, object?> { [ExecutionMetadata.RetryAfter] = TimeSpan.FromSeconds(seconds) },
        };
    }
}

using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.Security;

/// <summary>One token bucket of membership checks per API client; a request takes as many permits as it holds checks.</summary>
internal sealed class MembershipCheckLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<int> _limiter;
    private readonly int _limit;

    public MembershipCheckLimiter(IOptions<SecurityOptions> options)
    {
        _limit = Math.Max(1, options.Value.ChecksPerMinute);
        _limiter = PartitionedRateLimiter.Create<int, int>(clientId => RateLimitPartition.GetTokenBucketLimiter(clientId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = _limit,
            TokensPerPeriod = _limit,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes <paramref name="checks"/> permits of the client's bucket, or none when they are not all there.</summary>
    public RateLimitLease Acquire(int clientId, int checks) =>
        checks > _limit ? TooMany.Instance : _limiter.AttemptAcquire(clientId, checks);

    public void Dispose() => _limiter.Dispose();

    // A request holding more checks than a bucket can ever hold waits a whole period and must be split.
    private sealed class TooMany : RateLimitLease
    {
        public static readonly TooMany Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? TimeSpan.FromMinutes(1) : null;
            return metadata is not null;
        }
    }
}

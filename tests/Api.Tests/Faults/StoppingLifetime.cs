using Microsoft.Extensions.Hosting;

namespace BpjsTk.Api.Tests.Faults;

/// <summary>A host lifetime that has already been told to stop.</summary>
internal sealed class StoppingLifetime : IHostApplicationLifetime
{
    public CancellationToken ApplicationStarted => new(canceled: true);

    public CancellationToken ApplicationStopping => new(canceled: true);

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication()
    {
    }
}

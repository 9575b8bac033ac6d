namespace BpjsTk.Api.ResponseCaching;

/// <summary>
/// The leading request's hold on a flight of <see cref="ResponseFlights"/>. <see cref="Share"/> hands the waiters the
/// answer; disposing without it (errors, cancellation, an exception) releases them to execute on their own.
/// </summary>
internal sealed class ResponseFlight(ResponseFlights flights, string key, TaskCompletionSource<CachedResponse?> flight) : IDisposable
{
    public void Share(CachedResponse answer) => flights.Land(key, flight, answer);

    public void Dispose() => flights.Land(key, flight, null);
}

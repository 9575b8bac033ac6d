using System.Collections.Immutable;

namespace BpjsTk.Data.Ingestion;

/// <summary>The process's <see cref="IDataChangeNotifier"/>: a version counter and a list of subscribers, safe across threads.</summary>
public sealed class DataChangeNotifier : IDataChangeNotifier
{
    private ImmutableList<Action<DataChanged>> _subscribers = [];
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Notify(DataChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Interlocked.Increment(ref _version);
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber(change);
        }
    }

    public IDisposable Subscribe(Action<DataChanged> onChanged)
    {
        ArgumentNullException.ThrowIfNull(onChanged);
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(onChanged));
        return new Subscription(this, onChanged);
    }

    private sealed class Subscription(DataChangeNotifier notifier, Action<DataChanged> onChanged) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref notifier._subscribers, list => list.Remove(onChanged));
    }
}

namespace BpjsTk.Data.Ingestion;

/// <summary>
/// Tells whoever keeps data derived from the database (a response cache) that committed data changed. One per process:
/// writers signal after each commit that changed something; subscribers are called on the writer's thread and must be quick.
/// </summary>
public interface IDataChangeNotifier
{
    /// <summary>Counts the committed changes; a cache entry stamped with an older version is stale.</summary>
    long Version { get; }

    void Notify(DataChanged change);

    /// <summary>Calls <paramref name="onChanged"/> after every change until the returned handle is disposed.</summary>
    IDisposable Subscribe(Action<DataChanged> onChanged);
}

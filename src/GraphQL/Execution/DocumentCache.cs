using BpjsTk.GraphQL.Execution.Planning;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents by the SHA-256 hash of their text, the least recently used dropped
/// first once <see cref="Capacity"/> is reached (thread-safe).
/// </summary>
internal sealed class DocumentCache
{
    private readonly Dictionary<string, LinkedListNode<(string Key, PreparedDocument Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, PreparedDocument Document)> _recency = new();
    private long _hits;
    private long _misses;

    public DocumentCache(int capacity) => Capacity = capacity;

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>How many look-ups found their document.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>How many look-ups did not.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The cache key of a document's text: its <see cref="DocumentHash"/>.</summary>
    public static string KeyOf(string text) => DocumentHash.Of(text);

    public bool TryGet(string key, out PreparedDocument document)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                Interlocked.Increment(ref _hits);
                document = node.Value.Document;
                return true;
            }
        }

        Interlocked.Increment(ref _misses);
        document = null!;
        return false;
    }

    public void Add(string key, PreparedDocument document)
    {
        if (Capacity <= 0)
        {
            return;
        }

        lock (_entries)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            _entries[key] = _recency.AddFirst((key, document));
            while (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }
}

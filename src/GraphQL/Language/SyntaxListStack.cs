using System.Runtime.CompilerServices;

namespace BpjsTk.GraphQL.Language;

/// <summary>
/// The items of every list a parse has open (selections, arguments, directives, values...), nested lists stacked on
/// one buffer that the thread keeps between parses. A list is copied out to an exact-size array when it closes, so the
/// tree carries no growth slack and no list wrappers, and a parse allocates nothing for lists but their arrays.
/// </summary>
internal sealed class SyntaxListStack
{
    [ThreadStatic]
    private static SyntaxListStack? Cached;

    // an array of structs: storing into it needs no covariance check
    private Slot[] _items = new Slot[64];
    private int _count;
    private int _peak;

    /// <summary>The thread's buffer, or a new one while another parse on this thread holds it.</summary>
    public static SyntaxListStack Rent()
    {
        var stack = Cached ?? new SyntaxListStack();
        Cached = null;
        stack._count = 0;
        return stack;
    }

    /// <summary>Gives the buffer back for the thread's next parse, cleared of the nodes its closed lists left behind.</summary>
    public static void Return(SyntaxListStack stack)
    {
        // one clear per parse rather than one per list: the slots hold only this parse's nodes until then
        Array.Clear(stack._items, 0, stack._peak);
        stack._peak = 0;
        Cached = stack;
    }

    /// <summary>Where a list opened now starts; pass it to <see cref="Close{T}"/>.</summary>
    public int Open() => _count;

    public void Add(SyntaxNode item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[_count++].Node = item;
    }

    /// <summary>The items added since <paramref name="start"/>, as an exact-size array; their slots are reused by the next list.</summary>
    public T[] Close<T>(int start) where T : SyntaxNode
    {
        var count = _count - start;
        if (count == 0)
        {
            return [];
        }
        if (_count > _peak)
        {
            _peak = _count;
        }
        var items = _items;
        var list = new T[count];
        // a span checks the array's type once, not on every store; the parser adds only nodes of the list's type,
        // so reading them back needs no cast check either
        var span = list.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Unsafe.As<T>(items[start + i].Node);
        }
        _count = start;
        return list;
    }

    private struct Slot
    {
        public SyntaxNode Node;
    }
}

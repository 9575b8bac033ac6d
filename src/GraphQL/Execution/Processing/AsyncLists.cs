using System.Collections.Concurrent;
using System.Reflection;

namespace BpjsTk.GraphQL.Execution.Processing;

/// <summary>Reads an <see cref="IAsyncEnumerable{T}"/> a list field returned into a list, through a reader made once per item type.</summary>
internal static class AsyncLists
{
    private static readonly ConcurrentDictionary<Type, Func<object, CancellationToken, ValueTask<object?>>?> Readers = new();

    private static readonly MethodInfo ReadMethod = typeof(AsyncLists).GetMethod(nameof(ReadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>True when <paramref name="value"/> is an async stream of some item type.</summary>
    public static bool IsAsyncStream(object value) => Readers.GetOrAdd(value.GetType(), CreateReader) is not null;

    /// <summary>The items of the async stream <paramref name="value"/> as a list.</summary>
    public static ValueTask<object?> ReadAllAsync(object value, CancellationToken cancellationToken) =>
        Readers.GetOrAdd(value.GetType(), CreateReader)!(value, cancellationToken);

    private static Func<object, CancellationToken, ValueTask<object?>>? CreateReader(Type type)
    {
        var stream = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        return stream is null
            ? null
            : ReadMethod.MakeGenericMethod(stream.GetGenericArguments()[0]).CreateDelegate<Func<object, CancellationToken, ValueTask<object?>>>();
    }

    private static async ValueTask<object?> ReadAsync<T>(object value, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var item in ((IAsyncEnumerable<T>)value).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }
}

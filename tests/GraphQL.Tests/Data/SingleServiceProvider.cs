using BpjsTk.GraphQL.Data;

namespace BpjsTk.GraphQL.Tests.Data;

/// <summary>Serves one <see cref="IAsyncQueryExecutor"/>.</summary>
internal sealed class SingleServiceProvider(IAsyncQueryExecutor executor) : IServiceProvider
{
    public object? GetService(Type serviceType) => serviceType == typeof(IAsyncQueryExecutor) ? executor : null;
}

namespace BpjsTk.GraphQL.Execution.Processing;

/// <summary>The services of a request whose host gave none.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static EmptyServiceProvider Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}

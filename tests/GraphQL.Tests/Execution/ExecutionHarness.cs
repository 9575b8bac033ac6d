using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Execution.Planning;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Execution;

/// <summary>Builds schemas from SDL with resolvers and runs documents against them, returning the response JSON.</summary>
internal static class ExecutionHarness
{
    public static Schema Schema(string sdl, params (string Coordinate, FieldResolver Resolver)[] resolvers) =>
        Schema(sdl, b => b, resolvers);

    public static Schema Schema(string sdl, Func<SchemaBuilder, SchemaBuilder> configure, params (string Coordinate, FieldResolver Resolver)[] resolvers)
    {
        var builder = SchemaBuilder.FromDocument(GraphQLParser.Parse(sdl));
        foreach (var (coordinate, resolver) in resolvers)
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            builder.BindResolver(coordinate[..dot], coordinate[(dot + 1)..], resolver);
        }

        return configure(builder).Build();
    }

    public static FieldResolver Value(object? value) => _ => new ValueTask<object?>(value);

    public static FieldResolver Sync(Func<IResolverContext, object?> resolve) => context => new ValueTask<object?>(resolve(context));

    public static FieldResolver Async(Func<IResolverContext, Task<object?>> resolve) => context => new ValueTask<object?>(resolve(context));

    public static PreparedDocument Prepare(string query) => new(GraphQLParser.Parse(query), []);

    public static async Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        PreparedDocument document,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        ExecutionOptions? options = null,
        IReadOnlyDictionary<string, object?>? contextData = null,
        CancellationToken cancellationToken = default)
    {
        var (operation, error) = OperationSelection.GetOperation(document.Document, operationName);
        if (operation is null)
        {
            return GraphQL.Execution.Results.OperationResult.RequestError([error!]);
        }

        return await GraphQLExecutor.ExecuteAsync(schema, document, operation, variables ?? new Dictionary<string, object?>(), options ?? ExecutionOptions.Default, null, contextData, cancellationToken);
    }

    public static async Task<string> RunAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        ExecutionOptions? options = null,
        CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(schema, Prepare(query), variables, operationName, options, null, cancellationToken)).ToJson();
}

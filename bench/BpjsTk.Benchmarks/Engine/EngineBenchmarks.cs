using BenchmarkDotNet.Attributes;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.Benchmarks.Engine;

// the engine's Schema, not the BpjsTk.Schema namespace the reporting benchmarks bring in
using Schema = BpjsTk.GraphQL.Types.Schema;

/// <summary>
/// Parse, validate and the full request pipeline for each case, the pipeline once with the document cache
/// off (every request parses and validates) and once with it on (the product's steady state).
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _document = null!;
    private GraphQLRequest _request = null!;
    private RequestExecutor _uncached = null!;
    private RequestExecutor _cached = null!;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = EngineFixture.CaseNames[0];

    public static IEnumerable<string> Cases => EngineFixture.CaseNames;

    [GlobalSetup]
    public void Setup()
    {
        var engineCase = EngineFixture.Case(Case);
        _schema = EngineFixture.BuildSchema();
        _document = GraphQLParser.Parse(engineCase.Query);
        _request = new GraphQLRequest(engineCase.Query, Variables: engineCase.Variables);
        var options = ExecutionOptions.Default with { RootValue = EngineFixture.RootValue() };
        if (Case == "introspection")
        {
            // the default cost limit rejects the full introspection query (static cost 16,424 of 1,000)
            options = options with { Cost = null };
        }

        _uncached = new RequestExecutor(_schema, options with { DocumentCacheSize = 0 });
        _cached = new RequestExecutor(_schema, options);

        // a benchmark of an error path would flatter the engine: every case must run clean
        var result = _cached.ExecuteAsync(_request, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        if (result.Errors.Count > 0 || DocumentValidator.Validate(_schema, _document).Count > 0)
        {
            throw new InvalidOperationException($"The {Case} case does not run clean: {result.ToJson()}");
        }
    }

    [Benchmark]
    public DocumentNode Parse() => GraphQLParser.Parse(_request.Query!);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(_schema, _document);

    [Benchmark]
    public ValueTask<ExecutionResult> ExecuteWithoutCache() => _uncached.ExecuteAsync(_request, CancellationToken.None);

    [Benchmark]
    public ValueTask<ExecutionResult> ExecuteWithCache() => _cached.ExecuteAsync(_request, CancellationToken.None);
}

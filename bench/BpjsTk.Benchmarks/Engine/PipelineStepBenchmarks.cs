using BenchmarkDotNet.Attributes;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities.CostAnalysis;

namespace BpjsTk.Benchmarks.Engine;

// the engine's Schema, not the BpjsTk.Schema namespace the reporting benchmarks bring in
using Schema = BpjsTk.GraphQL.Types.Schema;

/// <summary>
/// Where a cached request's time goes: the cached pipeline with its per-request checks switched off one by one,
/// and those checks alone (cache key, variable coercion, static cost). Run with --filter *PipelineStep*.
/// </summary>
[MemoryDiagnoser]
public class PipelineStepBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _document = null!;
    private OperationDefinitionNode _operation = null!;
    private GraphQLRequest _request = null!;
    private IReadOnlyDictionary<string, object?> _variables = null!;
    private RequestExecutor _full = null!;
    private RequestExecutor _withoutCost = null!;
    private RequestExecutor _withoutChecks = null!;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "dashboard";

    public static IEnumerable<string> Cases => ["small", "dashboard"];

    [GlobalSetup]
    public void Setup()
    {
        var engineCase = EngineFixture.Case(Case);
        _schema = EngineFixture.BuildSchema();
        _document = GraphQLParser.Parse(engineCase.Query);
        _operation = _document.Definitions.OfType<OperationDefinitionNode>().Single();
        _request = new GraphQLRequest(engineCase.Query, Variables: engineCase.Variables);
        _variables = VariableCoercion.CoerceVariableValues(_schema, _operation, engineCase.Variables, 100).Value!;
        var options = ExecutionOptions.Default with { RootValue = EngineFixture.RootValue() };
        _full = new RequestExecutor(_schema, options);
        _withoutCost = new RequestExecutor(_schema, options with { Cost = null });
        _withoutChecks = new RequestExecutor(_schema, options with { Cost = null, OperationLimits = null });
    }

    [Benchmark(Baseline = true)]
    public ValueTask<ExecutionResult> Cached() => _full.ExecuteAsync(_request, CancellationToken.None);

    [Benchmark]
    public ValueTask<ExecutionResult> CachedWithoutCost() => _withoutCost.ExecuteAsync(_request, CancellationToken.None);

    [Benchmark]
    public ValueTask<ExecutionResult> CachedWithoutCostAndLimits() => _withoutChecks.ExecuteAsync(_request, CancellationToken.None);

    [Benchmark]
    public string CacheKey() => DocumentCache.KeyOf(_request.Query!);

    [Benchmark]
    public object? Variables() => VariableCoercion.CoerceVariableValues(_schema, _operation, _request.Variables, 100).Value;

    [Benchmark]
    public OperationCost Cost() => CostAnalyzer.Analyze(_schema, _document, _operation, _variables, CostOptions.Default);
}

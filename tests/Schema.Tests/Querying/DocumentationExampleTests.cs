using System.Text.RegularExpressions;
using BpjsTk.Data;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Querying;

/// <summary>Every <c>graphql</c> example of docs/querying.md runs against the real schema and the sample data without errors.</summary>
[Collection(PostgresTests.Name)]
public sealed partial class DocumentationExampleTests(SampleSchema sample) : IClassFixture<SampleSchema>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Every_example_of_the_querying_guide_answers_without_errors(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var examples = Examples();
        Assert.True(examples.Count >= 10, $"only {examples.Count} examples found");
        var failures = new List<string>();
        foreach (var example in examples)
        {
            var json = await host.RunAsync(example, BpjsTkSchema.Cost);
            if (json.TryGetProperty("errors", out var errors) || !json.TryGetProperty("data", out _))
            {
                failures.Add($"{example}\n=> {errors}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    // executable examples only: the guide also shows type definitions in graphql blocks
    private static List<string> Examples()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "querying.md"));
        return [.. GraphQLBlock().Matches(guide).Select(m => m.Groups[1].Value).Where(b => !b.TrimStart().StartsWith("type ", StringComparison.Ordinal))];
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BpjsTk.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("BpjsTk.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}

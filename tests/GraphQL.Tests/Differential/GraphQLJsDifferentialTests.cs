using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BpjsTk.GraphQL.Tests.Utilities;

namespace BpjsTk.GraphQL.Tests.Differential;

public sealed class GraphQLJsDifferentialTests
{
    [GraphQLJsFact]
    public async Task Every_corpus_document_gets_graphql_js_verdict_and_result()
    {
        var cases = DifferentialCorpus.Load();
        Assert.True(cases.Count >= 300, $"the corpus has {cases.Count} documents; it should keep at least 300");
        var sdl = await File.ReadAllTextAsync(Path.Combine(DifferentialCorpus.Folder, "schema.graphql"));
        var rootJson = await File.ReadAllTextAsync(Path.Combine(DifferentialCorpus.Folder, "root.json"));
        var expected = await RunGraphQLJsAsync(cases);
        var engine = new DifferentialEngine(sdl, rootJson);

        var differences = new StringBuilder();
        var count = 0;
        foreach (var testCase in cases)
        {
            var theirs = expected[testCase.Name]?.AsObject() ?? throw new InvalidOperationException($"graphql-js gave no outcome for {testCase.Name}");
            var ours = await engine.RunAsync(testCase);
            var theirText = CanonicalJson.Print(theirs);
            var ourText = CanonicalJson.Print(ours);
            var resultMayDiffer = KnownDifferences.ResultCases.ContainsKey(testCase.Name);
            var verdictAndDataAgree = Verdict(theirs) == Verdict(ours) && (resultMayDiffer || Data(theirs) == Data(ours));
            var known = resultMayDiffer || KnownDifferences.Cases.ContainsKey(testCase.Name);
            if (!verdictAndDataAgree || (theirText != ourText) != known)
            {
                count++;
                var title = known && theirText == ourText ? "listed in KnownDifferences but agrees now" : "differs";
                differences.Append(FormattableString.Invariant($"\n--- {testCase.Name} {title}\n{testCase.Source}\n  graphql-js: {theirText}\n  engine:     {ourText}\n"));
            }
        }

        Assert.True(count == 0, $"{count} of {cases.Count} documents differ from graphql-js:{differences}");
    }

    private static string Verdict(JsonObject outcome) => outcome.Single().Key;

    private static string Data(JsonObject outcome) =>
        outcome["result"] is JsonObject result && result.TryGetPropertyValue("data", out var data) ? CanonicalJson.Print(data) : "(no data)";

    private static async Task<JsonObject> RunGraphQLJsAsync(IReadOnlyList<DifferentialCase> cases)
    {
        var casesFile = Path.GetTempFileName();
        try
        {
            var payload = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["source"] = c.Source,
                ["variables"] = c.Variables is null ? null : JsonNode.Parse(c.Variables),
                ["operationName"] = c.OperationName,
            })]);
            await File.WriteAllTextAsync(casesFile, payload.ToJsonString());
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = GraphQLJs.RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(Path.Combine(GraphQLJs.RepositoryRoot, "tests", "GraphQL.Tests", "js", "differential.mjs"));
            start.ArgumentList.Add(Path.Combine(DifferentialCorpus.Folder, "schema.graphql"));
            start.ArgumentList.Add(Path.Combine(DifferentialCorpus.Folder, "root.json"));
            start.ArgumentList.Add(casesFile);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(limit.Token);
            Assert.True(process.ExitCode == 0, $"node differential.mjs failed:\n{await error}");
            return JsonNode.Parse(await output, documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!.AsObject();
        }
        finally
        {
            File.Delete(casesFile);
        }
    }
}

using System.Diagnostics;

namespace BpjsTk.Schema.Tests.Differential;

/// <summary>Runs <c>tests/GraphQL.Tests/js/graphql-js.mjs</c> with the repository's graphql-js 17 (installed by <c>npm ci</c> at the root).</summary>
internal static class GraphQLJs
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static bool IsInstalled => File.Exists(Path.Combine(RepositoryRoot, "node_modules", "graphql", "package.json"));

    /// <summary>Runs <paramref name="command"/> with a temporary file holding <paramref name="content"/> and returns its output.</summary>
    public static async Task<string> RunWithFileAsync(string command, string content)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, content);
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(Path.Combine(RepositoryRoot, "tests", "GraphQL.Tests", "js", "graphql-js.mjs"));
            start.ArgumentList.Add(command);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(limit.Token);
            Assert.True(process.ExitCode == 0, $"node graphql-js.mjs {command} failed:\n{await error}");
            return await output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BpjsTk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("BpjsTk.sln not found above " + AppContext.BaseDirectory);
    }
}

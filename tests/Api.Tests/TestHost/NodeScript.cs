using System.Diagnostics;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>Runs a node script from the test project's <c>node</c> folder; the repository's <c>node_modules</c> must be installed (<c>npm ci</c>).</summary>
internal static class NodeScript
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var modules = Path.Combine(RepositoryRoot, "node_modules");
        Assert.True(Directory.Exists(modules), $"npm packages are not installed: run 'npm ci' in {RepositoryRoot}");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, "tests", "Api.Tests", "node", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout}:\n{await output}\n{await error}");
        }
        return (process.ExitCode, (await output) + (await error));
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

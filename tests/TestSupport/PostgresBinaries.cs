using System.Diagnostics;

namespace BpjsTk.TestSupport;

/// <summary>Finds the PostgreSQL server binaries: <c>pg_config --bindir</c>, else the newest Debian install.</summary>
public static class PostgresBinaries
{
    private static readonly Lazy<string?> Directory = new(Locate);

    /// <summary>The folder holding initdb and pg_ctl, or null when this machine has none.</summary>
    public static string? BinDirectory => Directory.Value;

    public static bool Available => BinDirectory is not null;

    /// <summary>Under CI a missing PostgreSQL is a failure, not a skip.</summary>
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Locate()
    {
        var fromPgConfig = FromPgConfig();
        if (fromPgConfig is not null && HasServer(fromPgConfig))
        {
            return fromPgConfig;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(debianRoot))
        {
            return null;
        }

        return System.IO.Directory.GetDirectories(debianRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(HasServer)
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    private static bool HasServer(string bin) =>
        File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl"));

    private static string? FromPgConfig()
    {
        try
        {
            var startInfo = new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(startInfo);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

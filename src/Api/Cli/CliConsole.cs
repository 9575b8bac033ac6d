using Spectre.Console;

namespace BpjsTk.Api.Cli;

/// <summary>The console the verbs write to.</summary>
internal static class CliConsole
{
    /// <summary>
    /// Spectre.Console wraps at 80 columns when output is not a terminal, which would split a summary line that a
    /// script or a log reads; redirected output is therefore never wrapped.
    /// </summary>
    public static IAnsiConsole Create()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 4096;
        }
        return console;
    }
}

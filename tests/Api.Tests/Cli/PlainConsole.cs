using Spectre.Console;

namespace BpjsTk.Api.Tests.Cli;

/// <summary>A console without colours or animation that writes into a string, for asserting what a verb printed.</summary>
internal static class PlainConsole
{
    public static (IAnsiConsole Console, StringWriter Output) Create(int width = 200)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        return (console, output);
    }
}

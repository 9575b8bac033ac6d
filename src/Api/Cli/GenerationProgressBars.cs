using System.Globalization;
using BpjsTk.Data.Synthetic;
using Spectre.Console;

namespace BpjsTk.Api.Cli;

/// <summary>One bar per table, created when the table's load begins, labelled with its current speed.</summary>
internal sealed class GenerationProgressBars(ProgressContext context) : IProgress<GenerationProgress>
{
    private readonly Dictionary<string, ProgressTask> _bars = new(StringComparer.Ordinal);

    public void Report(GenerationProgress value)
    {
        if (!_bars.TryGetValue(value.Table, out var bar))
        {
            bar = context.AddTask(value.Table, maxValue: Math.Max(1, value.RowsPlanned));
            _bars[value.Table] = bar;
        }

        bar.Value = value.RowsPlanned == 0 ? bar.MaxValue : value.RowsWritten;
        bar.Description = string.Create(
            CultureInfo.InvariantCulture, $"{value.Table,-20} {value.RowsWritten,12:N0} rows {value.RowsPerSecond,10:N0}/s");
    }
}

using System.Globalization;
using Spectre.Console;

namespace BpjsTk.Api.Cli;

/// <summary>One bar for the file, by bytes read, labelled with the rows read, the rows refused and the speed.</summary>
internal sealed class ImportProgressBar(ProgressContext context) : IProgress<ImportProgress>
{
    private ProgressTask? _bar;

    public void Report(ImportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _bar ??= context.AddTask(value.File, maxValue: Math.Max(1, value.BytesTotal));
        _bar.Value = Math.Min(value.BytesRead, _bar.MaxValue);
        var rejected = value.Rejected > 0 ? string.Create(CultureInfo.InvariantCulture, $", {value.Rejected:N0} refused") : string.Empty;
        _bar.Description = string.Create(
            CultureInfo.InvariantCulture, $"{value.File} {value.Rows,12:N0} rows{rejected} {value.RowsPerSecond,10:N0}/s");
    }
}

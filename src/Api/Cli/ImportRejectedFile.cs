using System.Globalization;
using CsvHelper;

namespace BpjsTk.Api.Cli;

/// <summary>
/// <c>&lt;input&gt;.rejected.csv</c>: the refused lines with the input's columns as they were and a <c>reason</c> column.
/// Created at the first refusal; a run that refuses nothing removes one left by an earlier run.
/// </summary>
internal sealed class ImportRejectedFile(string inputPath, IReadOnlyList<string> header) : IAsyncDisposable
{
    public const string ReasonColumn = "reason";

    private CsvWriter? _writer;

    public string Path { get; } = PathFor(inputPath);

    public long Count { get; private set; }

    public static string PathFor(string inputPath) => System.IO.Path.ChangeExtension(inputPath, null) + ".rejected.csv";

    public async Task WriteAsync(ImportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_writer is null)
        {
            _writer = new CsvWriter(new StreamWriter(Path, append: false), CultureInfo.InvariantCulture);
            WriteFields([.. header, ReasonColumn]);
            await _writer.NextRecordAsync();
        }

        WriteFields([.. row.Fields, $"line {row.Line.ToString(CultureInfo.InvariantCulture)}: {string.Join(" ", row.Reasons)}"]);
        await _writer.NextRecordAsync();
        Count++;
    }

    public static void RemoveEarlier(string inputPath) => File.Delete(PathFor(inputPath));

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    private void WriteFields(IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            _writer!.WriteField(field);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using BpjsTk.Data.Ingestion;
using BpjsTk.Schema.Ingestion;

namespace BpjsTk.Api.Cli;

/// <summary>
/// One file's import inside one write session: reads the lines in chunks, validates each chunk as a batch (a chunk ends
/// only where the slice changes, so a total and its categories written together are checked together), writes chunks
/// while nothing was refused, and keeps reading after a refusal so every bad line is reported.
/// </summary>
internal sealed class ImportRun(
    ImportCsvReader reader, string path, CoverageFigureWriteSession session, CoverageFigureBatchValidator validator, IProgress<ImportProgress> progress)
{
    private const string RowsPrefix = CoverageFigureBatchValidator.RowsField + "[";

    // The whole file's keys, to catch a figure repeated in another chunk: about 150 bytes a row.
    private readonly Dictionary<string, long> _firstLineOfKey = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = new();
    private long _rows;

    public async Task<ImportOutcome> RunAsync(int batchSize, CancellationToken cancellationToken)
    {
        _clock.Start();
        await using var rejected = new ImportRejectedFile(path, reader.Header);
        var chunk = new List<ImportRow>(batchSize);
        while (await reader.ReadAsync() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (chunk.Count >= batchSize && (chunk.Count >= 4 * batchSize || !SameSlice(chunk[^1], row)))
            {
                await FlushAsync(chunk, rejected, cancellationToken);
                chunk.Clear();
            }

            chunk.Add(row);
        }

        await FlushAsync(chunk, rejected, cancellationToken);
        if (rejected.Count > 0)
        {
            return new ImportOutcome(_rows, rejected.Count, rejected.Path, null, _clock.Elapsed);
        }

        ImportRejectedFile.RemoveEarlier(path);
        var result = await session.CommitAsync(cancellationToken);
        return new ImportOutcome(_rows, 0, rejected.Path, result, _clock.Elapsed);
    }

    private static bool SameSlice(ImportRow last, ImportRow next) =>
        last.Record is not null && next.Record is not null
        && string.Equals(last.Record.SliceWithoutCategory, next.Record.SliceWithoutCategory, StringComparison.Ordinal);

    private async Task FlushAsync(List<ImportRow> chunk, ImportRejectedFile rejected, CancellationToken cancellationToken)
    {
        var rows = chunk.Where(r => r.Record is not null).ToList();
        var records = rows.ConvertAll(r => r.Record!);
        foreach (var error in validator.Validate(records).Errors)
        {
            var (index, field) = Locate(error.PropertyName);
            rows[index].Reasons.Add($"{field}: {error.ErrorMessage}");
        }

        foreach (var row in rows.Where(r => _firstLineOfKey.ContainsKey(r.Record!.KeyByCodes)))
        {
            row.Reasons.Add($"{CoverageFigureFields.Period}: The same figure as line {_firstLineOfKey[row.Record!.KeyByCodes].ToString(CultureInfo.InvariantCulture)}.");
        }

        foreach (var row in rows)
        {
            _firstLineOfKey.TryAdd(row.Record!.KeyByCodes, row.Line);
        }

        if (rejected.Count == 0 && chunk.TrueForAll(r => r.Reasons.Count == 0))
        {
            foreach (var error in await session.WriteAsync(records, 0, cancellationToken))
            {
                rows[error.Index].Reasons.Add($"{error.Field}: {error.Message}");
            }
        }

        foreach (var row in chunk.Where(r => r.Reasons.Count > 0))
        {
            await rejected.WriteAsync(row);
        }

        _rows += chunk.Count;
        progress.Report(new ImportProgress(Path.GetFileName(path), reader.Position, reader.Length, _rows, rejected.Count, _clock.Elapsed));
    }

    private static (int Index, string Field) Locate(string propertyName)
    {
        var close = propertyName.IndexOf(']', StringComparison.Ordinal);
        return (int.Parse(propertyName.AsSpan(RowsPrefix.Length, close - RowsPrefix.Length), CultureInfo.InvariantCulture), propertyName[(close + 2)..]);
    }
}

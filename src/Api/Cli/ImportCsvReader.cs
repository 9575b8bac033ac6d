using System.Globalization;
using System.Numerics;
using System.Text;
using BpjsTk.Data.Ingestion;
using CsvHelper;
using CsvHelper.Configuration;

namespace BpjsTk.Api.Cli;

/// <summary>
/// Reads a branch's monthly export: a header row naming <see cref="CoverageFigureFields"/> columns in any order (period and
/// sourceCode required, the others optional), then one figure per line; an empty field is null. Streams: one line in memory.
/// </summary>
internal sealed class ImportCsvReader : IDisposable
{
    public static readonly IReadOnlyList<string> Columns =
    [
        CoverageFigureFields.OfficeCode, CoverageFigureFields.RegionCode, CoverageFigureFields.ProvinceCode, CoverageFigureFields.RegencyCode,
        CoverageFigureFields.Period, CoverageFigureFields.Category, CoverageFigureFields.OccupationCode, CoverageFigureFields.Program,
        CoverageFigureFields.PartnerProgramCode, CoverageFigureFields.SourceCode, CoverageFigureFields.ActiveParticipants,
        CoverageFigureFields.NewParticipants, CoverageFigureFields.ActiveEmployers, CoverageFigureFields.WadahCount,
        CoverageFigureFields.Contributions, CoverageFigureFields.CoverageRatePercent, CoverageFigureFields.IsApproximate, CoverageFigureFields.Note,
    ];

    private static readonly string[] RequiredColumns = [CoverageFigureFields.Period, CoverageFigureFields.SourceCode];

    private readonly FileStream _stream;
    private readonly StreamReader _text;
    private readonly CsvParser _parser;
    private Dictionary<string, int> _columns = [];

    public ImportCsvReader(string path)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        // A byte that is not UTF-8 stops the import with a message instead of becoming a replacement character in a code.
        _text = new StreamReader(_stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        _parser = new CsvParser(_text, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false });
    }

    public IReadOnlyList<string> Header { get; private set; } = [];

    public long Length => _stream.Length;

    /// <summary>How far the file has been read, in bytes (read ahead by a buffer).</summary>
    public long Position => _stream.Position;

    /// <summary>Reads the header; the message says what is wrong with it, or is null when it names known columns including the required ones.</summary>
    public async Task<string?> ReadHeaderAsync()
    {
        if (!await _parser.ReadAsync())
        {
            return "The file is empty; it needs a header row.";
        }

        Header = [.. _parser.Record!.Select(h => h.Trim())];
        var unknown = Header.Where(h => !Columns.Contains(h)).ToList();
        if (unknown.Count > 0)
        {
            return $"Unknown column(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the columns are {string.Join(", ", Columns)}.";
        }

        var repeated = Header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            return $"Column(s) {string.Join(", ", repeated.Select(r => $"'{r}'"))} appear more than once.";
        }

        var missing = RequiredColumns.Where(r => !Header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            return $"Required column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} missing.";
        }

        _columns = Header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        return null;
    }

    /// <summary>The next line as a row, or null at the end of the file.</summary>
    public async Task<ImportRow?> ReadAsync()
    {
        if (!await _parser.ReadAsync())
        {
            return null;
        }

        var fields = _parser.Record!;
        var line = _parser.RawRow;
        if (fields.Length != Header.Count)
        {
            var row = new ImportRow(line, fields, null);
            row.Reasons.Add($"The line has {fields.Length} fields; the header has {Header.Count}.");
            return row;
        }

        var reasons = new List<string>();
        var record = new CoverageFigureRecord
        {
            OfficeCode = Text(fields, CoverageFigureFields.OfficeCode),
            RegionCode = Text(fields, CoverageFigureFields.RegionCode),
            ProvinceCode = Text(fields, CoverageFigureFields.ProvinceCode),
            RegencyCode = Text(fields, CoverageFigureFields.RegencyCode),
            Period = Text(fields, CoverageFigureFields.Period) ?? string.Empty,
            Category = Text(fields, CoverageFigureFields.Category),
            OccupationCode = Text(fields, CoverageFigureFields.OccupationCode),
            Program = Text(fields, CoverageFigureFields.Program),
            PartnerProgramCode = Text(fields, CoverageFigureFields.PartnerProgramCode),
            SourceCode = Text(fields, CoverageFigureFields.SourceCode) ?? string.Empty,
            ActiveParticipants = Number<long>(fields, CoverageFigureFields.ActiveParticipants, "a whole number", reasons),
            NewParticipants = Number<long>(fields, CoverageFigureFields.NewParticipants, "a whole number", reasons),
            ActiveEmployers = Number<long>(fields, CoverageFigureFields.ActiveEmployers, "a whole number", reasons),
            WadahCount = Number<int>(fields, CoverageFigureFields.WadahCount, "a whole number", reasons),
            Contributions = Number<decimal>(fields, CoverageFigureFields.Contributions, "an amount such as 1250000.50", reasons),
            CoverageRatePercent = Number<decimal>(fields, CoverageFigureFields.CoverageRatePercent, "a percentage such as 93.5", reasons),
            IsApproximate = Flag(fields, reasons),
            Note = Text(fields, CoverageFigureFields.Note),
        };
        var result = new ImportRow(line, fields, reasons.Count == 0 ? record : null);
        result.Reasons.AddRange(reasons);
        return result;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
        _stream.Dispose();
    }

    private string? Text(string[] fields, string column)
    {
        if (!_columns.TryGetValue(column, out var index))
        {
            return null;
        }

        var text = fields[index].Trim();
        return text.Length == 0 ? null : text;
    }

    private T? Number<T>(string[] fields, string column, string kind, List<string> reasons)
        where T : struct, INumberBase<T>
    {
        if (Text(fields, column) is not { } text)
        {
            return null;
        }

        if (T.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        reasons.Add($"{column}: '{text}' is not {kind}.");
        return null;
    }

    private bool Flag(string[] fields, List<string> reasons)
    {
        switch (Text(fields, CoverageFigureFields.IsApproximate)?.ToUpperInvariant())
        {
            case null or "FALSE" or "0" or "NO":
                return false;
            case "TRUE" or "1" or "YES":
                return true;
            case var other:
                reasons.Add($"{CoverageFigureFields.IsApproximate}: '{other}' is not true or false.");
                return false;
        }
    }
}

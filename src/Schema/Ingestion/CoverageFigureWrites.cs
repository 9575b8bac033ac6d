using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Storage;
using BpjsTk.GraphQL.Types;
using FluentValidation.Results;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// Records coverage figures through the ingestion writer: one transaction for the whole batch, each figure upserted by its
/// natural key, every change recorded with who made it; when any row is refused nothing is written.
/// </summary>
internal static class CoverageFigureWrites
{
    /// <summary>Each row, no figure twice, and the category parts of a slice fitting its total (errors named <c>rows[3].period</c>).</summary>
    public static async Task<ValidationResult> ValidateAsync(IngestionWrite<RecordCoverageFiguresInput> write, CancellationToken ct)
    {
        var codes = await write.CodesAsync(ct).ConfigureAwait(false);
        return await new CoverageFigureBatchValidator(codes, write.Time).ValidateAsync([.. write.Input.Rows.Select(ToRecord)], ct).ConfigureAwait(false);
    }

    public static async Task<ValidationResult> ValidateOneAsync(IngestionWrite<CoverageFigureInput> write, CancellationToken ct)
    {
        var codes = await write.CodesAsync(ct).ConfigureAwait(false);
        return await new CoverageFigureRecordValidator(codes, write.Time).ValidateAsync(ToRecord(write.Input), ct).ConfigureAwait(false);
    }

    public static async Task<object> RecordAsync(IngestionWrite<RecordCoverageFiguresInput> write, CancellationToken ct) =>
        await WriteAsync([.. write.Input.Rows.Select(ToRecord)], write, e => e.Path, ct).ConfigureAwait(false);

    public static async Task<object> RecordOneAsync(IngestionWrite<CoverageFigureInput> write, CancellationToken ct) =>
        await WriteAsync([ToRecord(write.Input)], write, e => e.Field, ct).ConfigureAwait(false);

    public static CoverageFigureRecord ToRecord(CoverageFigureInput figure) => new()
    {
        OfficeCode = figure.OfficeCode,
        RegionCode = figure.RegionCode,
        ProvinceCode = figure.ProvinceCode,
        RegencyCode = figure.RegencyCode,
        Period = figure.Period,
        Category = figure.Category is { } category ? EnumNames.Of(category) : null,
        OccupationCode = figure.OccupationCode,
        Program = figure.Program is { } program ? EnumNames.Of(program) : null,
        PartnerProgramCode = figure.PartnerProgramCode,
        SourceCode = figure.SourceCode,
        ActiveParticipants = figure.ActiveParticipants,
        NewParticipants = figure.NewParticipants,
        ActiveEmployers = figure.ActiveEmployers,
        WadahCount = figure.WadahCount,
        Contributions = figure.Contributions,
        CoverageRatePercent = figure.CoverageRatePercent,
        IsApproximate = figure.IsApproximate ?? false,
        Note = figure.Note,
    };

    private static async Task<object> WriteAsync<TInput>(CoverageFigureRecord[] rows, IngestionWrite<TInput> write, Func<CoverageFigureRowError, string> field, CancellationToken ct)
        where TInput : class
    {
        var codes = await write.CodesAsync(ct).ConfigureAwait(false);
        var result = await new CoverageFigureWriter(write.Db, write.Notifier, write.Time).WriteAsync(rows, write.Actor, ct, codes).ConfigureAwait(false);
        return result.Succeeded
            ? new CoverageFigureWriteSummary(result.Inserted, result.Updated, result.Unchanged)
            : new MutationErrors(result.Errors.Select(e => new ValidationError(e.Message, e.Code, IngestionFields.FieldPath(field(e)))));
    }
}

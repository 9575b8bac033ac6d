namespace BpjsTk.Data.Ingestion;

/// <summary>
/// What a write did: figures inserted, corrected (updated) and sent again unchanged; or, when <see cref="Errors"/> is not
/// empty, why it was refused, in which case nothing was written.
/// </summary>
public sealed record CoverageFigureWriteResult(int Inserted, int Updated, int Unchanged, IReadOnlyList<CoverageFigureRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CoverageFigureWriteResult Refused(IReadOnlyList<CoverageFigureRowError> errors) => new(0, 0, 0, errors);
}

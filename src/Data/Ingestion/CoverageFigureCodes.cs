using System.Collections.Frozen;
using BpjsTk.Data.Coverage;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Ingestion;

/// <summary>
/// The codes a coverage figure may cite, read once from the reference tables (they are small), so a batch of any size is
/// resolved to ids without a query per row. Codes compare exactly (ordinal).
/// </summary>
public sealed class CoverageFigureCodes
{
    private static readonly FrozenDictionary<string, ParticipantCategoryCode> Categories =
        Enum.GetValues<ParticipantCategoryCode>().ToFrozenDictionary(EnumNames.Of, c => c, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ProgramCode> Programs =
        Enum.GetValues<ProgramCode>().ToFrozenDictionary(EnumNames.Of, p => p, StringComparer.Ordinal);

    private readonly FrozenDictionary<string, int> _offices;
    private readonly FrozenDictionary<string, int> _regions;
    private readonly FrozenDictionary<string, int> _provinces;
    private readonly FrozenDictionary<string, int> _regencies;
    private readonly FrozenDictionary<string, int> _occupations;
    private readonly FrozenDictionary<string, int> _partnerPrograms;
    private readonly FrozenDictionary<string, int> _sources;

    private CoverageFigureCodes(
        FrozenDictionary<string, int> offices,
        FrozenDictionary<string, int> regions,
        FrozenDictionary<string, int> provinces,
        FrozenDictionary<string, int> regencies,
        FrozenDictionary<string, int> occupations,
        FrozenDictionary<string, int> partnerPrograms,
        FrozenDictionary<string, int> sources)
    {
        _offices = offices;
        _regions = regions;
        _provinces = provinces;
        _regencies = regencies;
        _occupations = occupations;
        _partnerPrograms = partnerPrograms;
        _sources = sources;
    }

    public static async Task<CoverageFigureCodes> LoadAsync(BpjsTkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new CoverageFigureCodes(
            await CodesAsync(db.Offices.Select(o => new { o.Code, o.Id }), o => o.Code, o => o.Id, cancellationToken),
            await CodesAsync(db.Regions.Select(r => new { r.Code, r.Id }), r => r.Code, r => r.Id, cancellationToken),
            await CodesAsync(db.Provinces.Select(p => new { p.Code, p.Id }), p => p.Code, p => p.Id, cancellationToken),
            await CodesAsync(db.Regencies.Select(r => new { r.Code, r.Id }), r => r.Code, r => r.Id, cancellationToken),
            await CodesAsync(db.Occupations.Select(o => new { o.Code, o.Id }), o => o.Code, o => o.Id, cancellationToken),
            await CodesAsync(db.PartnerPrograms.Select(p => new { p.Code, p.Id }), p => p.Code, p => p.Id, cancellationToken),
            await CodesAsync(db.Sources.Select(s => new { s.Code, s.Id }), s => s.Code, s => s.Id, cancellationToken));
    }

    /// <summary>The codes of the record that name nothing, each with its field; empty when every code is known.</summary>
    public IEnumerable<(string Field, string Code)> UnknownCodes(CoverageFigureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Unknown(CoverageFigureFields.OfficeCode, record.OfficeCode, _offices)
            .Concat(Unknown(CoverageFigureFields.RegionCode, record.RegionCode, _regions))
            .Concat(Unknown(CoverageFigureFields.ProvinceCode, record.ProvinceCode, _provinces))
            .Concat(Unknown(CoverageFigureFields.RegencyCode, record.RegencyCode, _regencies))
            .Concat(Unknown(CoverageFigureFields.Category, record.Category, Categories))
            .Concat(Unknown(CoverageFigureFields.OccupationCode, record.OccupationCode, _occupations))
            .Concat(Unknown(CoverageFigureFields.Program, record.Program, Programs))
            .Concat(Unknown(CoverageFigureFields.PartnerProgramCode, record.PartnerProgramCode, _partnerPrograms))
            .Concat(Unknown(CoverageFigureFields.SourceCode, record.SourceCode, _sources));
    }

    /// <summary>
    /// The record as an untracked figure with ids, or the errors that keep it from being one: unknown codes and a period that
    /// is not <c>yyyy-MM</c>. The ingestion writer checks only this much; the API and the import validate fully before.
    /// </summary>
    public CoverageFigure? Resolve(CoverageFigureRecord record, int index, ICollection<CoverageFigureRowError> errors)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        foreach (var (field, code) in UnknownCodes(record))
        {
            errors.Add(new CoverageFigureRowError(index, field, CoverageFigureErrorCodes.UnknownCode, $"No {Describe(field)} has the code '{code}'."));
        }

        if (string.IsNullOrEmpty(record.SourceCode))
        {
            errors.Add(new CoverageFigureRowError(
                index, CoverageFigureFields.SourceCode, CoverageFigureErrorCodes.Required, "Every figure names the source that published it."));
        }

        if (!TryParsePeriod(record.Period, out var period))
        {
            errors.Add(new CoverageFigureRowError(
                index, CoverageFigureFields.Period, CoverageFigureErrorCodes.PeriodInvalid, $"'{record.Period}' is not a month in the form yyyy-MM."));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var figure = new CoverageFigure
        {
            OfficeId = Id(record.OfficeCode, _offices),
            RegionId = Id(record.RegionCode, _regions),
            ProvinceId = Id(record.ProvinceCode, _provinces),
            RegencyId = Id(record.RegencyCode, _regencies),
            Period = period,
            PeriodPrecision = PeriodPrecision.Month,
            Category = record.Category is null ? null : Categories[record.Category],
            OccupationId = Id(record.OccupationCode, _occupations),
            Program = record.Program is null ? null : Programs[record.Program],
            PartnerProgramId = Id(record.PartnerProgramCode, _partnerPrograms),
            SourceId = _sources[record.SourceCode],
            ActiveParticipants = record.ActiveParticipants,
            NewParticipants = record.NewParticipants,
            ActiveEmployers = record.ActiveEmployers,
            WadahCount = record.WadahCount,
            Contributions = record.Contributions,
            CoverageRatePercent = record.CoverageRatePercent,
            IsApproximate = record.IsApproximate,
            Note = record.Note,
        };
        figure.NaturalKey = CoverageFigureKey.Of(figure);
        return figure;
    }

    public static bool TryParsePeriod(string? text, out Month period)
    {
        period = default;
        if (text is null)
        {
            return false;
        }

        try
        {
            period = Month.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The field's name as a message says it: <c>partnerProgramCode</c> is "partner programme".</summary>
    public static string Describe(string field) => field switch
    {
        CoverageFigureFields.OfficeCode => "office",
        CoverageFigureFields.RegionCode => "region",
        CoverageFigureFields.ProvinceCode => "province",
        CoverageFigureFields.RegencyCode => "regency",
        CoverageFigureFields.Category => "participant category",
        CoverageFigureFields.OccupationCode => "occupation",
        CoverageFigureFields.Program => "programme",
        CoverageFigureFields.PartnerProgramCode => "partner programme",
        CoverageFigureFields.SourceCode => "source",
        _ => field,
    };

    private static IEnumerable<(string Field, string Code)> Unknown<T>(string field, string? code, FrozenDictionary<string, T> known)
    {
        if (code is not null && !known.ContainsKey(code))
        {
            yield return (field, code);
        }
    }

    private static int? Id(string? code, FrozenDictionary<string, int> ids) => code is null ? null : ids[code];

    private static async Task<FrozenDictionary<string, int>> CodesAsync<T>(
        IQueryable<T> rows, Func<T, string> code, Func<T, int> id, CancellationToken cancellationToken) =>
        (await rows.ToListAsync(cancellationToken)).ToFrozenDictionary(code, id, StringComparer.Ordinal);
}

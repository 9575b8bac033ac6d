using System.Globalization;
using System.Text;
using BpjsTk.Data.Storage;

namespace BpjsTk.Schema.Coverage;

/// <summary>
/// The WHERE of each fact table's SELECT in <see cref="CoverageFactSql"/>: the period range, the codes of every
/// dimension and the scope, on the table's own columns where it has them (so an office filter is an index lookup on
/// <c>OfficeId</c>), on the resolved columns otherwise. Codes become parameters, each list once for all tables.
/// </summary>
internal sealed class FactFilter
{
    private readonly CoverageFilterInput _filter;
    private readonly CoverageScope? _scope;
    private readonly List<object> _parameters;
    private readonly string _first;
    private readonly string _last;
    private readonly Dictionary<List<string>, string> _lists = [];

    public FactFilter(CoverageFilterInput filter, CoverageScope? scope, int first, int last, List<object> parameters)
    {
        _filter = filter;
        _scope = scope;
        _parameters = parameters;
        _first = Parameter(first);
        _last = Parameter(last);
    }

    /// <summary>Whether the WHERE reads the resolved region or province, which need the area joins.</summary>
    public bool ReadsAreas =>
        _filter.RegionCodes is { Count: > 0 } || _filter.ProvinceCodes is { Count: > 0 }
        || _scope?.Dimension is CoverageDimension.Region or CoverageDimension.Province;

    /// <summary>The resolved region and province of a table's row: its own column, else its office's, else its area's.</summary>
    public static (string Region, string Province) Areas(FactTable table) => table switch
    {
        FactTable.Figures => ("COALESCE(f.\"RegionId\", o.\"RegionId\", fp.\"RegionId\", rp.\"RegionId\")", "COALESCE(f.\"ProvinceId\", rg.\"ProvinceId\", og.\"ProvinceId\")"),
        FactTable.Targets => ("COALESCE(t.\"RegionId\", o.\"RegionId\", tp.\"RegionId\", rp.\"RegionId\")", "COALESCE(t.\"ProvinceId\", rg.\"ProvinceId\", og.\"ProvinceId\")"),
        _ => ("COALESCE(w.\"RegionId\", wp.\"RegionId\", rp.\"RegionId\")", "COALESCE(w.\"ProvinceId\", rg.\"ProvinceId\")"),
    };

    /// <summary>" AND ..." for the table, or null when no row of it can match (an occupation filter on targets).</summary>
    public string? For(FactTable table)
    {
        var alias = table switch
        {
            FactTable.Figures => "f",
            FactTable.Targets => "t",
            _ => "w",
        };
        var (region, province) = Areas(table);
        var hasOffice = table != FactTable.Potentials;
        var isFigure = table == FactTable.Figures;
        var offices = hasOffice ? alias + ".\"OfficeId\"" : null;
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $" AND {alias}.\"Period\" >= {_first} AND {alias}.\"Period\" <= {_last}");
        if (_filter.Categories is { Count: > 0 } categories)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {alias}.\"Category\" IN ({Names(categories.Distinct().Select(EnumNames.Of))})");
        }

        if (Codes(_filter.RegionCodes) is { } regions)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {region} IN (SELECT \"Id\" FROM \"Regions\" WHERE \"Code\" IN ({regions}))");
        }

        if (Codes(_filter.ProvinceCodes) is { } provinces)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {province} IN (SELECT \"Id\" FROM \"Provinces\" WHERE \"Code\" IN ({provinces}))");
        }

        if (Codes(_filter.RegencyCodes) is { } regencies)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {alias}.\"RegencyId\" IN (SELECT \"Id\" FROM \"Regencies\" WHERE \"Code\" IN ({regencies}))");
        }

        if (OfficeSelections().ToList() is { Count: > 0 } selections)
        {
            if (offices is null)
            {
                return null;
            }

            sql.Append(CultureInfo.InvariantCulture, $" AND {offices} = sel.\"Id\"");
            foreach (var other in selections.Skip(1))
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND {offices} IN ({other})");
            }
        }

        var occupations = Codes(_filter.OccupationCodes);
        var programs = _filter.Programs is { Count: > 0 } codes ? Names(codes.Distinct().Select(EnumNames.Of)) : null;
        var partnerPrograms = Codes(_filter.PartnerProgramCodes);
        if (!isFigure && (occupations ?? programs ?? partnerPrograms) is not null)
        {
            // only figures carry an occupation, a programme or a partner programme
            return null;
        }

        if (occupations is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND f.\"OccupationId\" IN (SELECT \"Id\" FROM \"Occupations\" WHERE \"Code\" IN ({occupations}))");
        }

        if (programs is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND f.\"Program\" IN ({programs})");
        }

        if (partnerPrograms is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND f.\"PartnerProgramId\" IN (SELECT \"Id\" FROM \"PartnerPrograms\" WHERE \"Code\" IN ({partnerPrograms}))");
        }

        if (_scope is { } scope)
        {
            var ids = string.Join(", ", scope.Ids.Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture)));
            var condition = scope.Dimension switch
            {
                CoverageDimension.Region => $"{region} IN ({ids})",
                CoverageDimension.Province => $"{province} IN ({ids})",
                CoverageDimension.Regency => $"{alias}.\"RegencyId\" IN ({ids})",
                CoverageDimension.Branch when offices is not null =>
                    $"{offices} IN (SELECT \"Id\" FROM \"Offices\" WHERE CASE WHEN \"Kind\" = 'BRANCH' THEN \"Id\" ELSE \"BranchId\" END IN ({ids}))",
                CoverageDimension.SubBranchOffice when offices is not null => $"{offices} IN ({ids})",
                CoverageDimension.Branch or CoverageDimension.SubBranchOffice => null,
                _ => throw new ArgumentOutOfRangeException(nameof(table), scope.Dimension, "Coverage is scoped by area or office only."),
            };
            if (condition is null)
            {
                return null;
            }

            sql.Append(" AND ").Append(condition);
        }

        return sql.ToString();
    }

    /// <summary>
    /// "(SELECT ...) sel CROSS JOIN " when the request names offices: the office ids drive the join, so even SQLite
    /// (which keeps the order of a CROSS JOIN) reads the figures through the (OfficeId, Period) index.
    /// </summary>
    public string Driver => OfficeSelections().FirstOrDefault() is { } first ? "(" + first + ") sel CROSS JOIN " : "";

    // the office ids each office filter allows: a branch with its pioneer offices, as the resolved BranchId counts them
    private IEnumerable<string> OfficeSelections()
    {
        if (Codes(_filter.BranchCodes) is { } branches)
        {
            yield return $"SELECT s.\"Id\" FROM \"Offices\" s JOIN \"Offices\" b ON b.\"Id\" = CASE WHEN s.\"Kind\" = 'BRANCH' THEN s.\"Id\" ELSE s.\"BranchId\" END WHERE b.\"Kind\" = 'BRANCH' AND b.\"Code\" IN ({branches})";
        }

        if (Codes(_filter.SubBranchOfficeCodes) is { } subBranchOffices)
        {
            yield return $"SELECT \"Id\" FROM \"Offices\" WHERE \"Kind\" = 'SUB_BRANCH_OFFICE' AND \"Code\" IN ({subBranchOffices})";
        }
    }

    // enum names, never user text: inlined
    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => "'" + n + "'"));

    private string? Codes(List<string>? codes)
    {
        if (codes is not { Count: > 0 })
        {
            return null;
        }

        if (!_lists.TryGetValue(codes, out var placeholders))
        {
            placeholders = string.Join(", ", codes.Distinct(StringComparer.Ordinal).Select(Parameter));
            _lists.Add(codes, placeholders);
        }

        return placeholders;
    }

    private string Parameter(object value)
    {
        _parameters.Add(value);
        return "{" + (_parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }
}

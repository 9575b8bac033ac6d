using BpjsTk.Data;
using BpjsTk.Data.Programs;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Execution.DataLoading;
using BpjsTk.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Coverage;

/// <summary>
/// The <c>coverage(period:, category:)</c> field on areas and offices: the same GROUP BY as the root report,
/// batched per request so a list of regions with their coverage costs one aggregate statement (sources only when selected).
/// </summary>
internal static class AreaCoverageField
{
    public static void Add<T>(ObjectTypeDescriptor<T> descriptor, CoverageDimension dimension, Func<T, int> key) =>
        descriptor.Field("coverage")
            .Description("Coverage of this area or office over a period (2016, 2016-Q4 or 2016-12), optionally of one category; null when nothing was reported.")
            .Type("CoverageRow")
            .Argument("period", a => a.Type("String!"))
            .Argument("category", a => a.Type("ParticipantCategoryCode"))
            .Resolve(ctx =>
            {
                var period = ctx.ArgumentValue<string>("period");
                if (!PeriodText.TryParse(period, out _, out _))
                {
                    throw new GraphQLException(new GraphQLError(
                        $"'{period}' is not a period: write 2016, 2016-Q4 or 2016-12.",
                        extensions: new Dictionary<string, object?> { ["code"] = "COVERAGE_PERIOD_INVALID", ["field"] = "period" }));
                }

                var category = ctx.ArgumentValue<ParticipantCategoryCode?>("category");
                var factory = ctx.Service<IDbContextFactory<BpjsTkDbContext>>();
                var loader = ctx.BatchDataLoader<int, CoverageRow?>(
                    async (keys, ct) =>
                    {
                        var request = new CoverageRequest(
                            [dimension],
                            PeriodGranularity.Year,
                            new CoverageFilterInput { From = period, To = period, Categories = category is { } c ? [c] : null },
                            [],
                            0,
                            keys.Count)
                        {
                            Scope = new CoverageScope(dimension, keys),
                        };
                        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
                        var page = await CoverageQuery.RunAsync(db, request, countRows: false, compareWithPrevious: false, ct).ConfigureAwait(false);
                        return page.Items.ToDictionary(r => KeyOf(r, dimension), r => (CoverageRow?)(r with { Period = period }));
                    },
                    $"coverage:{dimension}:{period}:{category}");
                return loader.LoadAsync(key(ctx.Parent<T>()));
            });

    private static int KeyOf(CoverageRow row, CoverageDimension dimension) => dimension switch
    {
        CoverageDimension.Region => row.RegionId,
        CoverageDimension.Province => row.ProvinceId,
        CoverageDimension.Regency => row.RegencyId,
        CoverageDimension.Branch => row.BranchId,
        CoverageDimension.SubBranchOffice => row.SubBranchOfficeId,
        _ => null,
    } ?? 0;
}

using BpjsTk.Data.Coverage;
using BpjsTk.Data.Employers;
using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Participants;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Synthetic;

/// <summary>
/// Counts the employers and participants of one run as they stream past, per office, regency, category and
/// occupation and per month, then turns the counts into the run's coverage figures, targets and potentials:
/// the figures agree with the rows because they are counted from them.
/// </summary>
internal sealed class CoverageTally(SyntheticPlan plan, int sourceId)
{
    /// <summary>Monthly contribution of a wage earner: Rp3,000,000 at JKK 0.54% + JKM 0.30% + JHT 5.7% + JP 3% + JKP 0.36%.</summary>
    private const decimal WageEarnerContribution = 297_000m;

    /// <summary>The BPU minimum: JKK Rp10,000 + JKM Rp6,800.</summary>
    private const decimal InformalContribution = 16_800m;

    /// <summary>BPS Sakernas is taken in August; potentials are filed under the window's last survey.</summary>
    private static readonly Month PotentialSurveyMonth = new(2024, 8);

    private static readonly ParticipantCategoryCode[] TargetedCategories =
        [ParticipantCategoryCode.PU, ParticipantCategoryCode.BPU, ParticipantCategoryCode.JAKON];

    private readonly Dictionary<CoverageGroupKey, MonthlyCounts> _participants = [];
    private readonly Dictionary<(int OfficeId, int RegencyId), MonthlyCounts> _employers = [];

    public void Count(Employer employer, EmployerTraits traits) =>
        CountsOf(_employers, (employer.OfficeId, employer.RegencyId)).Add(Month.Of(traits.RegisteredOn), traits.ActiveThrough);

    public void Count(Participant participant) =>
        CountsOf(_participants, new CoverageGroupKey(participant.OfficeId, participant.RegencyId, participant.Category, participant.OccupationId))
            .Add(Month.Of(participant.RegisteredOn), participant.PaidThrough);

    /// <summary>Every slice with participants, plus the wage-earner slice of every office and regency with employers, in key order.</summary>
    public IReadOnlyList<CoverageGroupKey> Groups()
    {
        var keys = _participants.Keys.ToHashSet();
        keys.UnionWith(_employers.Keys.Select(k => new CoverageGroupKey(k.OfficeId, k.RegencyId, ParticipantCategoryCode.PU, null)));
        var ordered = keys.ToList();
        ordered.Sort();
        return ordered;
    }

    public IEnumerable<CoverageFigure> CoverageFigures(IReadOnlyList<CoverageGroupKey> groups)
    {
        var none = new MonthlyCounts();
        foreach (var key in groups)
        {
            var participants = _participants.GetValueOrDefault(key, none);
            var active = participants.Active();
            var employers = key.Category == ParticipantCategoryCode.PU
                ? _employers.GetValueOrDefault((key.OfficeId, key.RegencyId), none).Active()
                : null;
            decimal? perParticipant = key.Category switch
            {
                ParticipantCategoryCode.PU => WageEarnerContribution,
                ParticipantCategoryCode.BPU => InformalContribution,
                _ => null,
            };
            for (var m = 0; m < SyntheticPlan.Months; m++)
            {
                var figure = new CoverageFigure
                {
                    OfficeId = key.OfficeId,
                    RegencyId = key.RegencyId,
                    Period = SyntheticPlan.StartMonth.AddMonths(m),
                    PeriodPrecision = PeriodPrecision.Month,
                    Category = key.Category,
                    OccupationId = key.OccupationId,
                    ActiveParticipants = active[m],
                    NewParticipants = participants.NewIn(m),
                    ActiveEmployers = employers?[m],
                    Contributions = active[m] * perParticipant,
                    SourceId = sourceId,
                };
                figure.NaturalKey = CoverageFigureKey.Of(figure);
                yield return figure;
            }
        }
    }

    /// <summary>
    /// Yearly targets per office: active participants per category and active employers, set near the year's outcome
    /// (8% under to 12% over) so some offices meet them and some do not. None where the outcome is nobody.
    /// </summary>
    public IEnumerable<Target> Targets(IReadOnlyList<CoverageGroupKey> groups)
    {
        var years = Enumerable.Range(SyntheticPlan.StartMonth.Year, SyntheticPlan.EndMonth.Year - SyntheticPlan.StartMonth.Year + 1).ToArray();
        foreach (var office in groups.GroupBy(g => g.OfficeId))
        {
            // A null category stands for the office's employers.
            var outcomes = TargetedCategories
                .Select(c => ((ParticipantCategoryCode?)c, Sum(office.Where(g => g.Category == c).Select(g => _participants.GetValueOrDefault(g)).OfType<MonthlyCounts>())))
                .Append((null, Sum(_employers.Where(p => p.Key.OfficeId == office.Key).Select(p => p.Value))))
                .ToList();
            foreach (var year in years)
            {
                var december = Month.EndOfYear(year).MonthsSince(SyntheticPlan.StartMonth);
                foreach (var (category, active) in outcomes)
                {
                    var outcome = active[december];
                    if (outcome == 0)
                    {
                        continue;
                    }

                    var random = new SyntheticRandom(plan.Seed, SyntheticStream.Targets, ((long)office.Key * 10_000) + (year * 8) + (category is { } c ? (int)c : 7));
                    var target = new Target
                    {
                        OfficeId = office.Key,
                        Period = Month.EndOfYear(year),
                        PeriodPrecision = PeriodPrecision.Year,
                        Category = category,
                        Measure = category is null ? TargetMeasure.ActiveEmployers : TargetMeasure.ActiveParticipants,
                        Figure = (long)Math.Max(1, Math.Round(outcome * (0.92 + (0.2 * random.NextDouble())))),
                        SourceId = sourceId,
                    };
                    target.NaturalKey = TargetKey.Of(target);
                    yield return target;
                }
            }
        }
    }

    /// <summary>Potential workforce per regency and category in the survey month; never below who is already covered.</summary>
    public IEnumerable<WorkforcePotential> Potentials()
    {
        var survey = PotentialSurveyMonth.MonthsSince(SyntheticPlan.StartMonth);
        foreach (var category in TargetedCategories)
        {
            var covered = _participants.Where(p => p.Key.Category == category)
                .GroupBy(p => p.Key.RegencyId)
                .ToDictionary(g => g.Key, g => Sum(g.Select(p => p.Value))[survey]);
            var potential = plan.PotentialByRegency(category);
            foreach (var regency in plan.Reference.Regencies)
            {
                var row = new WorkforcePotential
                {
                    RegencyId = regency.Id,
                    Period = PotentialSurveyMonth,
                    PeriodPrecision = PeriodPrecision.Month,
                    Category = category,
                    Unit = PotentialUnit.Workers,
                    Count = Math.Max(potential[regency.Id], covered.GetValueOrDefault(regency.Id)),
                    IsApproximate = true,
                    SourceId = sourceId,
                };
                row.NaturalKey = WorkforcePotentialKey.Of(row);
                yield return row;
            }
        }
    }

    private static long[] Sum(IEnumerable<MonthlyCounts> counts)
    {
        var total = new long[SyntheticPlan.Months];
        foreach (var active in counts.Select(c => c.Active()))
        {
            for (var m = 0; m < total.Length; m++)
            {
                total[m] += active[m];
            }
        }

        return total;
    }

    private static MonthlyCounts CountsOf<TKey>(Dictionary<TKey, MonthlyCounts> counts, TKey key)
        where TKey : notnull
    {
        if (!counts.TryGetValue(key, out var value))
        {
            value = new MonthlyCounts();
            counts[key] = value;
        }

        return value;
    }
}

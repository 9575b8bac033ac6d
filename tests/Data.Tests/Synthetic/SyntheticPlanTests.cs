using BpjsTk.Data.Employers;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Geography;
using BpjsTk.Data.Reference;
using BpjsTk.Data.Synthetic;

namespace BpjsTk.Data.Tests.Synthetic;

public sealed class SyntheticPlanTests
{
    [Fact]
    public void National_plan_places_the_published_employer_counts_in_their_provinces()
    {
        var plan = NationalPlan();
        var byProvince = new Dictionary<string, int>(StringComparer.Ordinal);
        var micro = 0;
        for (var e = 0; e < plan.EmployerCount; e++)
        {
            var province = plan.Reference.Regencies[plan.RegencyIdOfEmployer(e) - 1].ProvinceCode;
            byProvince[province] = byProvince.GetValueOrDefault(province) + 1;
            micro += plan.EmployerTraitsOf(e).Size == EmployerSizeClass.Micro ? 1 : 0;
        }

        Assert.Equal(876_000, plan.EmployerCount);
        Assert.InRange(byProvince["35"], 132_364 - 40, 132_364 + 40);
        Assert.InRange(byProvince["31"], 116_824 - 40, 116_824 + 40);
        Assert.InRange(byProvince["33"], 107_420 - 40, 107_420 + 40);
        Assert.InRange(byProvince["32"], byProvince["36"], byProvince["35"]);
        Assert.InRange((double)micro / plan.EmployerCount, 0.79, 0.81);
    }

    [Fact]
    public void National_plan_has_the_published_participants_per_category()
    {
        var byCategory = SyntheticSize.For(SyntheticScale.National).ParticipantsByCategory();

        Assert.Equal(25_000_000, byCategory[ParticipantCategoryCode.PU]);
        Assert.Equal(9_190_000, byCategory[ParticipantCategoryCode.BPU]);
        Assert.Equal(7_360_000, byCategory[ParticipantCategoryCode.JAKON]);
        Assert.Equal(50_000, byCategory[ParticipantCategoryCode.PMI]);
    }

    [Fact]
    public void Kpj_and_nik_of_a_participant_are_rebuilt_the_same_by_a_second_plan_of_the_seed()
    {
        var first = NationalPlan();
        var second = NationalPlan();
        var last = first.ParticipantCount - 1;

        Assert.Equal(first.NikFor(last), second.NikFor(last));
        Assert.Equal(first.KpjFor(last), second.KpjFor(last));
        Assert.NotEqual(first.NikFor(0), first.NikFor(1));
        Assert.StartsWith("00", first.KpjFor(last), StringComparison.Ordinal);
    }

    private static SyntheticPlan NationalPlan()
    {
        var regencies = ReferenceGeography.Regencies
            .Select((r, i) => new ReferenceRegency(i + 1, Regency.Compact(r.Code), r.Name, r.Kind, r.ProvinceCode, 1))
            .ToList();
        var reference = new SyntheticReference(
            regencies,
            [.. regencies.Select(r => new[] { r.Id })],
            [new ReferenceOccupation(1, "TRADER"), new ReferenceOccupation(2, "FARMER")]);
        return SyntheticPlan.Create(reference, SyntheticSize.For(SyntheticScale.National), seed: 42, employerIdBase: 0, participantIdBase: 0);
    }
}

using BpjsTk.Data.Synthetic;

namespace BpjsTk.Data.Tests.Synthetic;

public sealed class SyntheticIdentifiersTests
{
    [Fact]
    public void Identifiers_of_different_rows_never_collide_and_keep_their_length()
    {
        var identifiers = new SyntheticIdentifiers(seed: 42);
        const int Rows = 50_000;

        var kpj = Enumerable.Range(0, Rows).Select(i => identifiers.Kpj(i)).ToList();
        var npp = Enumerable.Range(0, Rows).Select(i => identifiers.Npp(i)).ToList();
        var nib = Enumerable.Range(0, Rows).Select(i => identifiers.Nib(i)).ToList();

        Assert.Equal(Rows, kpj.Distinct().Count());
        Assert.Equal(Rows, npp.Distinct().Count());
        Assert.Equal(Rows, nib.Distinct().Count());
        Assert.All(kpj, k => Assert.Equal(11, k.Length));
        Assert.All(npp, n => Assert.Equal(8, n.Length));
        Assert.All(nib, n => Assert.Equal(13, n.Length));
    }

    [Fact]
    public void Niks_of_one_regency_stay_unique_beyond_every_district_and_serial()
    {
        const long Beyond = (long)SyntheticNik.Districts * SyntheticNik.Serials;
        var niks = new HashSet<string>(StringComparer.Ordinal);
        for (long number = 0; number < 20_000; number++)
        {
            Assert.True(niks.Add(SyntheticNik.For(1, 0, "3509", number)));
            Assert.True(niks.Add(SyntheticNik.For(1, 0, "3509", number + Beyond)));
            Assert.True(niks.Add(SyntheticNik.For(1, 0, "3509", number + (2 * Beyond))));
        }

        Assert.All(niks, nik => Assert.Empty(NikRules.Broken(nik, "3509")));
    }
}

using System.Globalization;
using System.Text;
using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;
using BpjsTk.Data.Reference;

namespace BpjsTk.Data.Seeding;

/// <summary>
/// An illustrative office network of 123 branches and 202 pioneer offices that together serve every regency,
/// built deterministically from the reference geography. Only Jember's (KC Jember with KCP Lumajang and
/// KCP Bondowoso) is taken from the source articles; the rest follows the rules below, not the agency's real list.
/// </summary>
public static class OfficeNetworkPlan
{
    public const string JemberBranchCode = "KC-JEMBER";

    private const string Jember = "35.09";

    // A branch in every city; these kabupaten with large workforces get one too.
    private static readonly string[] IndustrialRegencyBranches =
        ["12.07", "32.01", "32.15", "32.16", "35.10", "35.14", "35.15", "35.25", "36.03"];

    // Large cities with a second branch.
    private static readonly string[] SecondBranchCities =
        ["12.71", "31.71", "31.72", "31.73", "31.74", "31.75", "32.73", "33.74", "35.78", "73.71"];

    // Pioneer offices the articles name, with their branch.
    private static readonly Dictionary<string, string> PinnedSubBranchOffices = new(StringComparer.Ordinal)
    {
        ["35.08"] = JemberBranchCode,
        ["35.11"] = JemberBranchCode,
    };

    private const int SubBranchOfficeCount = 202;

    private static readonly Lazy<IReadOnlyList<PlannedOffice>> LazyOffices = new(Build);

    public static IReadOnlyList<PlannedOffice> Offices => LazyOffices.Value;

    private static List<PlannedOffice> Build()
    {
        var regencies = ReferenceGeography.Regencies;
        var cityNames = regencies.Where(r => r.Kind == RegencyKind.Kota).Select(r => r.Town).ToHashSet(StringComparer.Ordinal);
        var usedCodes = new HashSet<string>(StringComparer.Ordinal);

        string Town(RegencyRow regency) =>
            regency.Kind == RegencyKind.Kabupaten && cityNames.Contains(regency.Town) ? regency.Name : regency.Town;

        string UniqueCode(string prefix, RegencyRow regency)
        {
            var code = prefix + Slug(Town(regency));
            if (!usedCodes.Add(code))
            {
                code += "-" + Regency.Compact(regency.Code);
                usedCodes.Add(code);
            }

            return code;
        }

        var branchRegencies = regencies
            .GroupBy(r => r.ProvinceCode)
            .SelectMany(province => province.Any(r => r.Kind == RegencyKind.Kota)
                ? province.Where(r => r.Kind == RegencyKind.Kota)
                : province.Take(1))
            .Select(r => r.Code)
            .Concat(IndustrialRegencyBranches)
            .Append(Jember)
            .ToHashSet(StringComparer.Ordinal);

        var branchCodeByRegency = new Dictionary<string, string>(StringComparer.Ordinal);
        var served = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var offices = new List<(RegencyRow Regency, string Code, string Name, OfficeKind Kind, string? Branch)>();

        foreach (var regency in regencies.Where(r => branchRegencies.Contains(r.Code)))
        {
            var code = UniqueCode("KC-", regency);
            branchCodeByRegency[regency.Code] = code;
            offices.Add((regency, code, "Kantor Cabang " + Town(regency), OfficeKind.Branch, null));
            served[code] = [regency.Code];
            if (SecondBranchCities.Contains(regency.Code))
            {
                var second = code + "-2";
                usedCodes.Add(second);
                offices.Add((regency, second, "Kantor Cabang " + Town(regency) + " 2", OfficeKind.Branch, null));
                served[second] = [regency.Code];
            }
        }

        string NearestBranch(RegencyRow regency)
        {
            var number = int.Parse(Regency.Compact(regency.Code), CultureInfo.InvariantCulture);
            return regencies
                .Where(r => r.ProvinceCode == regency.ProvinceCode && branchCodeByRegency.ContainsKey(r.Code) && r.Code != Jember)
                .OrderBy(r => Math.Abs(int.Parse(Regency.Compact(r.Code), CultureInfo.InvariantCulture) - number))
                .ThenBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => branchCodeByRegency[r.Code])
                .First();
        }

        var withoutBranch = regencies.Where(r => !branchRegencies.Contains(r.Code)).ToList();
        var pioneerRegencies = withoutBranch
            .GroupBy(r => r.ProvinceCode)
            .SelectMany(province => province.Where((_, index) => index % 2 == 0))
            .Select(r => r.Code)
            .Where(code => !PinnedSubBranchOffices.ContainsKey(code))
            .ToList();
        var unpinnedCount = SubBranchOfficeCount - PinnedSubBranchOffices.Count;
        pioneerRegencies = pioneerRegencies.Count >= unpinnedCount
            ? pioneerRegencies.Take(unpinnedCount).ToList()
            : [.. pioneerRegencies, .. withoutBranch.Select(r => r.Code)
                .Where(code => !pioneerRegencies.Contains(code) && !PinnedSubBranchOffices.ContainsKey(code))
                .Take(unpinnedCount - pioneerRegencies.Count)];
        var pioneers = pioneerRegencies.Concat(PinnedSubBranchOffices.Keys).ToHashSet(StringComparer.Ordinal);

        foreach (var regency in withoutBranch)
        {
            if (pioneers.Contains(regency.Code))
            {
                var code = UniqueCode("KCP-", regency);
                var branch = PinnedSubBranchOffices.TryGetValue(regency.Code, out var pinned) ? pinned : NearestBranch(regency);
                offices.Add((regency, code, "Kantor Cabang Perintis " + Town(regency), OfficeKind.SubBranchOffice, branch));
                served[code] = [regency.Code];
            }
            else
            {
                served[NearestBranch(regency)].Add(regency.Code);
            }
        }

        return offices
            .Select(o => new PlannedOffice(o.Code, o.Name, Town(o.Regency), o.Kind, o.Regency.Code, o.Branch, served[o.Code]))
            .OrderBy(o => o.Kind)
            .ThenBy(o => o.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToUpperInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}

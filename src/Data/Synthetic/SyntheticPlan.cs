using BpjsTk.Data.Employers;
using BpjsTk.Data.Geography;
using BpjsTk.Data.Participants;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Synthetic;

/// <summary>
/// Everything a run will write, decided up front from the seed and the reference data but not materialised:
/// employers lie in contiguous blocks per regency, participants in contiguous blocks per category and regency,
/// and row <c>i</c> of either is computed on its own from its own random stream. So a run streams with bounded memory,
/// and the NIK of participant <c>i</c> can be rebuilt later (<see cref="NikFor"/>) without being stored anywhere.
/// </summary>
public sealed class SyntheticPlan
{
    /// <summary>The last month of generated coverage; figures cover the <see cref="Months"/> months up to it.</summary>
    public static readonly Month EndMonth = new(2025, 12);

    public const int Months = 60;

    public static readonly Month StartMonth = EndMonth.AddMonths(-(Months - 1));

    private static readonly ParticipantCategoryCode[] Categories = Enum.GetValues<ParticipantCategoryCode>();

    private static readonly DateOnly FirstEmployerRegistration = new(1995, 1, 1);

    private static readonly DateOnly FirstParticipantRegistration = new(2010, 1, 1);

    // With employers non-active 12% of the time, this gives wage earners the 28% non-active share of NationalFigures.
    private const double InactiveShareOfActiveEmployersWorkers = 0.182;

    private readonly SyntheticReference _reference;
    private readonly SyntheticIdentifiers _identifiers;
    private readonly int[] _employerRegencyStart;
    private readonly EmployerTraits[] _employers;
    private readonly double[] _employerCumulativeWeight;
    private readonly int[] _categoryStart;
    private readonly int[][] _participantRegencyStart;
    private readonly long[][] _nikNumberStart;
    private readonly double[] _populationWeight;
    private readonly double[] _occupationWeights;

    private SyntheticPlan(SyntheticReference reference, SyntheticSize size, int seed, int employerIdBase, int participantIdBase)
    {
        _reference = reference;
        Size = size;
        Seed = seed;
        EmployerIdBase = employerIdBase;
        ParticipantIdBase = participantIdBase;
        _identifiers = new SyntheticIdentifiers(seed);
        _occupationWeights = [.. reference.Occupations.Select(o => OccupationShares.WeightOf(o.Code))];

        var regencyCount = reference.Regencies.Count;
        var regencySize = new double[regencyCount];
        for (var r = 0; r < regencyCount; r++)
        {
            var random = new SyntheticRandom(seed, SyntheticStream.RegencyWeight, r);
            var spread = 0.5 + random.NextDouble() + random.NextDouble();
            regencySize[r] = spread * spread;
        }

        _populationWeight = ShareProvinces(regencySize, p => NationalFigures.Population(p), kotaFactor: 1.0);
        var employerWeight = EmployerWeights(regencySize);
        _employerRegencyStart = Starts(Apportionment.Split(size.Employers, employerWeight));
        _employers = new EmployerTraits[size.Employers];
        _employerCumulativeWeight = new double[size.Employers];
        var puWeight = new double[regencyCount];
        for (var r = 0; r < regencyCount; r++)
        {
            var cumulative = 0.0;
            for (var e = _employerRegencyStart[r]; e < _employerRegencyStart[r + 1]; e++)
            {
                var random = new SyntheticRandom(seed, SyntheticStream.Employer, e);
                _employers[e] = DrawTraits(ref random, r);
                cumulative += _employers[e].WorkforceWeight;
                _employerCumulativeWeight[e] = cumulative;
            }

            puWeight[r] = cumulative;
        }

        var byCategory = size.ParticipantsByCategory();
        _categoryStart = Starts([.. Categories.Select(c => byCategory[c])]);
        _participantRegencyStart = new int[Categories.Length][];
        _nikNumberStart = new long[Categories.Length][];
        var livingSoFar = new long[regencyCount];
        for (var c = 0; c < Categories.Length; c++)
        {
            var weights = Categories[c] switch
            {
                ParticipantCategoryCode.PU => puWeight,
                ParticipantCategoryCode.BPU => Adjusted(r => reference.Regencies[r].Kind == RegencyKind.Kabupaten ? 1.3 : 1.0),
                ParticipantCategoryCode.JAKON => Adjusted(r => reference.Regencies[r].Kind == RegencyKind.Kota ? 1.3 : 1.0),
                _ => Adjusted(r => NationalFigures.MigrantSendingProvinces.Contains(reference.Regencies[r].ProvinceCode) ? 4.0 : 1.0),
            };
            var counts = Apportionment.Split(byCategory[Categories[c]], weights);
            _participantRegencyStart[c] = [.. Starts(counts).Select(s => s + _categoryStart[c])];
            _nikNumberStart[c] = (long[])livingSoFar.Clone();
            for (var r = 0; r < regencyCount; r++)
            {
                livingSoFar[r] += counts[r];
            }
        }
    }

    internal SyntheticSize Size { get; }

    public int Seed { get; }

    /// <summary>Employer <c>i</c> gets id <c>EmployerIdBase + i + 1</c>.</summary>
    internal int EmployerIdBase { get; }

    /// <summary>Participant <c>i</c> gets id <c>ParticipantIdBase + i + 1</c>.</summary>
    internal int ParticipantIdBase { get; }

    public int EmployerCount => Size.Employers;

    public int ParticipantCount => Size.Participants;

    internal SyntheticReference Reference => _reference;

    /// <summary>Plans a run over the database's reference data (the seeded office network must serve every regency).</summary>
    public static async Task<SyntheticPlan> LoadAsync(
        BpjsTkDbContext db, SyntheticScale scale, int seed, int? participantCount, CancellationToken cancellationToken)
    {
        var reference = await SyntheticReference.LoadAsync(db, cancellationToken);
        return Create(reference, SyntheticSize.For(scale, participantCount), seed, 0, 0);
    }

    internal static SyntheticPlan Create(SyntheticReference reference, SyntheticSize size, int seed, int employerIdBase, int participantIdBase)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(size);
        var unserved = reference.Regencies.Where((_, r) => reference.OfficesByRegency[r].Length == 0).Select(r => r.Name).ToList();
        if (unserved.Count > 0)
        {
            throw new SyntheticDataException($"No office serves {unserved.Count} regencies (e.g. {unserved[0]}); run seed first, which loads the office network.");
        }

        return new SyntheticPlan(reference, size, seed, employerIdBase, participantIdBase);
    }

    /// <summary>The NIK of participant <paramref name="index"/> (from 0), rebuilt from the seed; only its hash is stored.</summary>
    public string NikFor(int index)
    {
        var (c, r) = Locate(index);
        var number = _nikNumberStart[c][r] + (index - _participantRegencyStart[c][r]);
        var regency = _reference.Regencies[r];
        return SyntheticNik.For(Seed, r, regency.CompactCode, number);
    }

    /// <summary>The KPJ of participant <paramref name="index"/> (from 0): stored, unique, the way to find the row of a rebuilt NIK.</summary>
    public string KpjFor(int index)
    {
        Locate(index);
        return _identifiers.Kpj(index);
    }

    internal EmployerTraits EmployerTraitsOf(int index) => _employers[index];

    internal int RegencyIdOfEmployer(int index) => _reference.Regencies[RegencyOfEmployer(index)].Id;

    internal Employer CreateEmployer(int index)
    {
        var r = RegencyOfEmployer(index);
        var random = new SyntheticRandom(Seed, SyntheticStream.Employer, index);
        var traits = DrawTraits(ref random, r);
        var (industry, _, riskClass) = EmployerNaming.Industries[random.Pick(EmployerNaming.IndustryWeights)];
        var words = EmployerNaming.Words;
        var legalForm = traits.Size switch
        {
            EmployerSizeClass.Micro => "UD",
            EmployerSizeClass.Small => "CV",
            _ => "PT",
        };
        var registeredBeforeOss = traits.RegisteredOn < new DateOnly(2018, 7, 1);
        return new Employer
        {
            Id = EmployerIdBase + index + 1,
            Npp = _identifiers.Npp(index),
            Nib = registeredBeforeOss && random.Chance(0.4) ? null : _identifiers.Nib(index),
            Name = $"{legalForm} {words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {TownOf(_reference.Regencies[r].Name)}",
            RegencyId = _reference.Regencies[r].Id,
            OfficeId = traits.OfficeId,
            Industry = industry,
            SizeClass = traits.Size,
            JkkRiskClass = riskClass,
            Status = traits.Status,
            RegisteredOn = traits.RegisteredOn,
        };
    }

    internal Participant CreateParticipant(int index, NikHasher hasher)
    {
        var (c, r) = Locate(index);
        var category = Categories[c];
        var regency = _reference.Regencies[r];
        var random = new SyntheticRandom(Seed, SyntheticStream.Participant, index);
        int? employerId = null;
        int? occupationId = null;
        int officeId;
        var earliest = FirstParticipantRegistration;
        bool inactive;
        if (category == ParticipantCategoryCode.PU)
        {
            var employer = PickEmployer(ref random, r);
            var traits = _employers[employer];
            employerId = EmployerIdBase + employer + 1;
            officeId = traits.OfficeId;
            earliest = traits.RegisteredOn > earliest ? traits.RegisteredOn : earliest;
            inactive = !traits.IsActive || random.Chance(InactiveShareOfActiveEmployersWorkers);
        }
        else
        {
            var offices = _reference.OfficesByRegency[r];
            officeId = offices[random.Next(offices.Length)];
            inactive = random.Chance(NationalFigures.InactiveShare[category]);
            if (category == ParticipantCategoryCode.BPU)
            {
                occupationId = _reference.Occupations[random.Pick(_occupationWeights)].Id;
            }
        }

        var registeredOn = RecentlySkewedDate(ref random, earliest, EndMonth.LastDay);
        var registeredIn = Month.Of(registeredOn);
        Month? paidThrough = EndMonth;
        if (inactive)
        {
            var monthsOpen = EndMonth.MonthsSince(registeredIn);
            paidThrough = monthsOpen == 0 || random.Chance(0.1) ? null : registeredIn.AddMonths(random.Next(monthsOpen));
        }

        var programs = category switch
        {
            ParticipantCategoryCode.PU => ProgramSet.JKK | ProgramSet.JKM | ProgramSet.JHT | ProgramSet.JP | ProgramSet.JKP,
            ParticipantCategoryCode.BPU => ProgramSet.JKK | ProgramSet.JKM | (random.Chance(0.15) ? ProgramSet.JHT : ProgramSet.None),
            ParticipantCategoryCode.PMI => ProgramSet.JKK | ProgramSet.JKM | (random.Chance(0.3) ? ProgramSet.JHT : ProgramSet.None),
            _ => ProgramSet.JKK | ProgramSet.JKM,
        };
        var number = _nikNumberStart[c][r] + (index - _participantRegencyStart[c][r]);
        return new Participant
        {
            Id = ParticipantIdBase + index + 1,
            Kpj = _identifiers.Kpj(index),
            NikHash = hasher.Hash(SyntheticNik.For(Seed, r, regency.CompactCode, number)),
            Category = category,
            OccupationId = occupationId,
            EmployerId = employerId,
            RegencyId = regency.Id,
            OfficeId = officeId,
            Programs = programs,
            Status = inactive ? ParticipantStatus.Inactive : ParticipantStatus.Active,
            RegisteredOn = registeredOn,
            PaidThrough = paidThrough,
        };
    }

    /// <summary>The expected workforce of a category in each regency (by regency id), before any participant exists.</summary>
    internal IReadOnlyDictionary<int, long> PotentialByRegency(ParticipantCategoryCode category)
    {
        var total = (long)Math.Round(NationalFigures.PotentialMillions[category] * 1_000_000 * Size.Fraction);
        var counts = Apportionment.Split(total, _populationWeight);
        return _reference.Regencies.Select((regency, r) => (regency.Id, counts[r])).ToDictionary(p => p.Id, p => p.Item2);
    }

    private EmployerTraits DrawTraits(ref SyntheticRandom random, int regencyIndex)
    {
        var sizeRoll = random.NextDouble();
        var size = sizeRoll switch
        {
            < 0.80 => EmployerSizeClass.Micro,
            < 0.95 => EmployerSizeClass.Small,
            < 0.99 => EmployerSizeClass.Medium,
            _ => EmployerSizeClass.Large,
        };
        var statusRoll = random.NextDouble();
        var status = statusRoll switch
        {
            < 0.88 => EmployerStatus.Active,
            < 0.96 => EmployerStatus.Inactive,
            _ => EmployerStatus.Closed,
        };
        var offices = _reference.OfficesByRegency[regencyIndex];
        var officeId = offices[random.Next(offices.Length)];
        var registeredOn = RecentlySkewedDate(ref random, FirstEmployerRegistration, EndMonth.LastDay);
        var monthsOpen = EndMonth.MonthsSince(Month.Of(registeredOn));
        Month? activeThrough = status == EmployerStatus.Active ? EndMonth
            : monthsOpen == 0 ? null
            : Month.Of(registeredOn).AddMonths(random.Next(monthsOpen));
        return new EmployerTraits(size, status, officeId, registeredOn, activeThrough);
    }

    private int PickEmployer(ref SyntheticRandom random, int regencyIndex)
    {
        var first = _employerRegencyStart[regencyIndex];
        var last = _employerRegencyStart[regencyIndex + 1] - 1;
        var point = random.NextDouble() * _employerCumulativeWeight[last];
        var found = Array.BinarySearch(_employerCumulativeWeight, first, last - first + 1, point);
        var employer = found >= 0 ? found + 1 : ~found;
        return Math.Min(employer, last);
    }

    // Registrations grow over time: the density rises linearly towards the end of the range.
    private static DateOnly RecentlySkewedDate(ref SyntheticRandom random, DateOnly from, DateOnly to)
    {
        var span = to.DayNumber - from.DayNumber;
        return DateOnly.FromDayNumber(from.DayNumber + (int)(span * Math.Sqrt(random.NextDouble())));
    }

    private (int Category, int Regency) Locate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size.Participants);
        var c = BlockOf(_categoryStart, index);
        return (c, BlockOf(_participantRegencyStart[c], index));
    }

    private int RegencyOfEmployer(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size.Employers);
        return BlockOf(_employerRegencyStart, index);
    }

    /// <summary>The block holding <paramref name="index"/>, given each block's first index and a final end.</summary>
    private static int BlockOf(int[] starts, int index)
    {
        var found = Array.BinarySearch(starts, index);
        if (found < 0)
        {
            return ~found - 1;
        }

        // Empty blocks share a start; the row belongs to the last block starting there.
        while (found + 1 < starts.Length - 1 && starts[found + 1] == index)
        {
            found++;
        }

        return found;
    }

    private static int[] Starts(long[] counts)
    {
        var starts = new int[counts.Length + 1];
        for (var i = 0; i < counts.Length; i++)
        {
            starts[i + 1] = checked(starts[i] + (int)counts[i]);
        }

        return starts;
    }

    private double[] Adjusted(Func<int, double> factor) =>
        [.. _populationWeight.Select((weight, r) => weight * factor(r))];

    private double[] EmployerWeights(double[] regencySize)
    {
        var byProvince = EmployersByProvince(_reference.Regencies.Select(r => r.ProvinceCode).Distinct(StringComparer.Ordinal));
        return ShareProvinces(regencySize, p => byProvince[p], kotaFactor: 1.8);
    }

    /// <summary>
    /// The published provinces get their figure; the rest share the remainder by population, except that none may
    /// outnumber the published three, which are the largest: a province over the cap is held at it and its excess re-shared.
    /// </summary>
    private static Dictionary<string, double> EmployersByProvince(IEnumerable<string> provinceCodes)
    {
        var published = NationalFigures.EmployersByProvince;
        var cap = 0.95 * published.Values.Min();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        var open = new List<string>();
        foreach (var code in provinceCodes)
        {
            if (published.TryGetValue(code, out var count))
            {
                result[code] = count;
            }
            else
            {
                open.Add(code);
            }
        }

        double remaining = NationalFigures.Employers - published.Values.Sum();
        while (open.Count > 0)
        {
            var population = open.Sum(NationalFigures.Population);
            var over = open.Where(p => remaining * NationalFigures.Population(p) / population > cap).ToList();
            if (over.Count == 0)
            {
                open.ForEach(p => result[p] = remaining * NationalFigures.Population(p) / population);
                break;
            }

            foreach (var code in over)
            {
                result[code] = cap;
                remaining -= cap;
                open.Remove(code);
            }
        }

        return result;
    }

    /// <summary>Gives each province its weight and splits it over its regencies by their size (cities count <paramref name="kotaFactor"/> times).</summary>
    private double[] ShareProvinces(double[] regencySize, Func<string, double> provinceWeight, double kotaFactor)
    {
        var regencies = _reference.Regencies;
        var sized = regencies.Select((r, i) => regencySize[i] * (r.Kind == RegencyKind.Kota ? kotaFactor : 1.0)).ToArray();
        var provinceTotals = regencies.Select((r, i) => (r.ProvinceCode, Size: sized[i]))
            .GroupBy(x => x.ProvinceCode)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Size), StringComparer.Ordinal);
        return [.. regencies.Select((r, i) => provinceWeight(r.ProvinceCode) * sized[i] / provinceTotals[r.ProvinceCode])];
    }

    private static string TownOf(string regencyName)
    {
        var space = regencyName.IndexOf(' ', StringComparison.Ordinal);
        var town = space < 0 ? regencyName : regencyName[(space + 1)..];
        return town.StartsWith("Administrasi ", StringComparison.Ordinal) ? town["Administrasi ".Length..] : town;
    }
}

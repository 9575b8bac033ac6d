using BpjsTk.Data.Audit;
using BpjsTk.Data.Clients;
using BpjsTk.Data.Coverage;
using BpjsTk.Data.Employers;
using BpjsTk.Data.Geography;
using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Offices;
using BpjsTk.Data.Participants;
using BpjsTk.Data.Partners;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Provenance;
using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data;

/// <summary>The reporting model of BPJS Ketenagakerjaan coverage, the same on every provider.</summary>
public sealed class BpjsTkDbContext(DbContextOptions<BpjsTkDbContext> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Regency> Regencies => Set<Regency>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Branch> Branches => Set<Branch>();

    public DbSet<SubBranchOffice> SubBranchOffices => Set<SubBranchOffice>();

    public DbSet<OfficeRegencyAssignment> OfficeRegencyAssignments => Set<OfficeRegencyAssignment>();

    public DbSet<ParticipantCategory> ParticipantCategories => Set<ParticipantCategory>();

    public DbSet<BenefitProgram> Programs => Set<BenefitProgram>();

    public DbSet<ProgramEligibility> ProgramEligibilities => Set<ProgramEligibility>();

    public DbSet<ContributionRule> ContributionRules => Set<ContributionRule>();

    public DbSet<Occupation> Occupations => Set<Occupation>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<PartnerProgram> PartnerPrograms => Set<PartnerProgram>();

    public DbSet<PartnerProgramOffice> PartnerProgramOffices => Set<PartnerProgramOffice>();

    public DbSet<PartnerProgramArea> PartnerProgramAreas => Set<PartnerProgramArea>();

    public DbSet<CoverageFigure> CoverageFigures => Set<CoverageFigure>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<WorkforcePotential> WorkforcePotentials => Set<WorkforcePotential>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<MembershipCheckAudit> MembershipCheckAudits => Set<MembershipCheckAudit>();

    public DbSet<DataChange> DataChanges => Set<DataChange>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Month>().HaveConversion<MonthConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(ColumnLengths.MoneyPrecision, ColumnLengths.MoneyScale);
        StoreByName<RegencyKind>(configurationBuilder);
        StoreByName<OfficeKind>(configurationBuilder);
        StoreByName<ParticipantCategoryCode>(configurationBuilder);
        StoreByName<ProgramCode>(configurationBuilder);
        StoreByName<ProgramRequirement>(configurationBuilder);
        StoreByName<EmployerSizeClass>(configurationBuilder);
        StoreByName<EmployerStatus>(configurationBuilder);
        StoreByName<ParticipantStatus>(configurationBuilder);
        StoreByName<PartnerKind>(configurationBuilder);
        StoreByName<PartnerProgramKind>(configurationBuilder);
        StoreByName<PartnerProgramStatus>(configurationBuilder);
        StoreByName<SourceKind>(configurationBuilder);
        StoreByName<PeriodPrecision>(configurationBuilder);
        StoreByName<TargetMeasure>(configurationBuilder);
        StoreByName<PotentialUnit>(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BpjsTkDbContext).Assembly);

        // Reference rows are never deleted from under the rows that cite them; SQL Server also forbids multiple cascade paths.
        foreach (var foreignKey in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
        {
            if (foreignKey.DeleteBehavior == DeleteBehavior.Cascade && !DescribesOnlyItsPrincipal(foreignKey.DeclaringEntityType.ClrType))
            {
                foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
            }
        }
    }

    // The offices and areas of a partner programme mean nothing without it, so they go with it.
    private static bool DescribesOnlyItsPrincipal(Type dependent) =>
        dependent == typeof(PartnerProgramOffice) || dependent == typeof(PartnerProgramArea);

    private static void StoreByName<TEnum>(ModelConfigurationBuilder configurationBuilder)
        where TEnum : struct, Enum =>
        configurationBuilder.Properties<TEnum>().HaveConversion<EnumNameConverter<TEnum>>().HaveMaxLength(ColumnLengths.Enum);
}

using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Programs;

internal sealed class ContributionRuleConfiguration : IEntityTypeConfiguration<ContributionRule>
{
    public void Configure(EntityTypeBuilder<ContributionRule> builder)
    {
        builder.ToTable("ContributionRules");
        builder.Property(r => r.EmployerRatePercent).HasPrecision(ColumnLengths.RatePrecision, ColumnLengths.RateScale);
        builder.Property(r => r.WorkerRatePercent).HasPrecision(ColumnLengths.RatePrecision, ColumnLengths.RateScale);
        builder.Property(r => r.LegalBasis).HasMaxLength(ColumnLengths.LegalBasis);
        builder.HasOne(r => r.BenefitProgram).WithMany(p => p.ContributionRules).HasForeignKey(r => r.Program);
        builder.HasOne<ParticipantCategory>().WithMany().HasForeignKey(r => r.Category);
        builder.HasIndex(r => new { r.Program, r.Category, r.RiskClass, r.EffectiveFrom });
        builder.HasIndex(r => r.Category);
    }
}

using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Coverage;

internal sealed class WorkforcePotentialConfiguration : IEntityTypeConfiguration<WorkforcePotential>
{
    public void Configure(EntityTypeBuilder<WorkforcePotential> builder)
    {
        builder.ToTable("WorkforcePotentials");

        // Set again for the same slice and source, a potential replaces the row: one non-null key column makes that unique on every provider.
        builder.Property(w => w.NaturalKey).HasMaxLength(WorkforcePotentialKey.MaxLength).HasValueGenerator((_, _) => new NaturalKeyGenerator<WorkforcePotential>(WorkforcePotentialKey.Of));
        builder.HasIndex(w => w.NaturalKey).IsUnique().HasDatabaseName("UX_WorkforcePotentials_NaturalKey");
        builder.HasIndex(w => new { w.Period, w.Category });
        builder.HasIndex(w => new { w.RegionId, w.Period });
        builder.HasIndex(w => new { w.ProvinceId, w.Period });
        builder.HasIndex(w => new { w.RegencyId, w.Period });
        builder.HasIndex(w => w.SourceId);
        builder.HasOne(w => w.Region).WithMany().HasForeignKey(w => w.RegionId);
        builder.HasOne(w => w.Province).WithMany().HasForeignKey(w => w.ProvinceId);
        builder.HasOne(w => w.Regency).WithMany().HasForeignKey(w => w.RegencyId);
        builder.HasOne<ParticipantCategory>().WithMany().HasForeignKey(w => w.Category);
        builder.HasOne(w => w.Source).WithMany().HasForeignKey(w => w.SourceId);
    }
}

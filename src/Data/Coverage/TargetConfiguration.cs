using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Coverage;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.ToTable("Targets");

        // Set again for the same slice and source, a target replaces the row: one non-null key column makes that unique on every provider.
        builder.Property(t => t.NaturalKey).HasMaxLength(TargetKey.MaxLength).HasValueGenerator((_, _) => new NaturalKeyGenerator<Target>(TargetKey.Of));
        builder.HasIndex(t => t.NaturalKey).IsUnique().HasDatabaseName("UX_Targets_NaturalKey");
        builder.HasIndex(t => new { t.Period, t.Category });
        builder.HasIndex(t => new { t.OfficeId, t.Period });
        builder.HasIndex(t => new { t.RegionId, t.Period });
        builder.HasIndex(t => new { t.ProvinceId, t.Period });
        builder.HasIndex(t => new { t.RegencyId, t.Period });
        builder.HasIndex(t => t.SourceId);
        builder.HasOne(t => t.Office).WithMany().HasForeignKey(t => t.OfficeId);
        builder.HasOne(t => t.Region).WithMany().HasForeignKey(t => t.RegionId);
        builder.HasOne(t => t.Province).WithMany().HasForeignKey(t => t.ProvinceId);
        builder.HasOne(t => t.Regency).WithMany().HasForeignKey(t => t.RegencyId);
        builder.HasOne<ParticipantCategory>().WithMany().HasForeignKey(t => t.Category);
        builder.HasOne(t => t.Source).WithMany().HasForeignKey(t => t.SourceId);
    }
}

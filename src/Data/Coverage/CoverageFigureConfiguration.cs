using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Coverage;

internal sealed class CoverageFigureConfiguration : IEntityTypeConfiguration<CoverageFigure>
{
    public void Configure(EntityTypeBuilder<CoverageFigure> builder)
    {
        builder.ToTable("CoverageFigures");
        builder.Property(f => f.CoverageRatePercent).HasPrecision(ColumnLengths.PercentPrecision, ColumnLengths.PercentScale);
        builder.Property(f => f.Note).HasMaxLength(ColumnLengths.Note);

        builder.Property(f => f.LastChangedBy).HasMaxLength(ChangeActor.MaxNameLength);

        // The natural key; a figure repeated by the same source for the same slice is one row. Its columns are nullable and
        // NULLs are distinct in a unique index, so the index is on one non-null column the key is written into.
        builder.Property(f => f.NaturalKey).HasMaxLength(CoverageFigureKey.MaxLength).HasValueGenerator((_, _) => new NaturalKeyGenerator<CoverageFigure>(CoverageFigureKey.Of));
        builder.HasIndex(f => f.NaturalKey).IsUnique().HasDatabaseName("UX_CoverageFigures_NaturalKey");
        builder.HasIndex(f => f.Period);
        builder.HasIndex(f => new { f.Category, f.Period });
        builder.HasIndex(f => new { f.OfficeId, f.Period });
        builder.HasIndex(f => new { f.RegionId, f.Period });
        builder.HasIndex(f => new { f.ProvinceId, f.Period });
        builder.HasIndex(f => new { f.RegencyId, f.Period });
        builder.HasIndex(f => f.OccupationId);
        builder.HasIndex(f => f.PartnerProgramId);
        builder.HasIndex(f => f.SourceId);
        builder.HasOne(f => f.Office).WithMany().HasForeignKey(f => f.OfficeId);
        builder.HasOne(f => f.Region).WithMany().HasForeignKey(f => f.RegionId);
        builder.HasOne(f => f.Province).WithMany().HasForeignKey(f => f.ProvinceId);
        builder.HasOne(f => f.Regency).WithMany().HasForeignKey(f => f.RegencyId);
        builder.HasOne<ParticipantCategory>().WithMany().HasForeignKey(f => f.Category);
        builder.HasOne(f => f.Occupation).WithMany().HasForeignKey(f => f.OccupationId);
        builder.HasOne<BenefitProgram>().WithMany().HasForeignKey(f => f.Program);
        builder.HasOne(f => f.PartnerProgram).WithMany().HasForeignKey(f => f.PartnerProgramId);
        builder.HasOne(f => f.Source).WithMany().HasForeignKey(f => f.SourceId);
    }
}

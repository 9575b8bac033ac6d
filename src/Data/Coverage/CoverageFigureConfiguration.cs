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

        // The natural key; a figure repeated by the same source for the same slice is one row.
        builder.HasIndex(f => new { f.Period, f.Category, f.OfficeId, f.RegionId, f.ProvinceId, f.RegencyId, f.OccupationId, f.Program, f.PartnerProgramId, f.SourceId })
            .IsUnique()
            .HasDatabaseName("UX_CoverageFigures_NaturalKey");
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

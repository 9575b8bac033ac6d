using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Partners;

internal sealed class PartnerProgramConfiguration : IEntityTypeConfiguration<PartnerProgram>
{
    public void Configure(EntityTypeBuilder<PartnerProgram> builder)
    {
        builder.ToTable("PartnerPrograms");
        builder.Property(p => p.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(p => p.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(p => p.LegalBasis).HasMaxLength(ColumnLengths.LegalBasis);
        builder.Property(p => p.Description).HasMaxLength(ColumnLengths.Description);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => new { p.Kind, p.Status });
        builder.HasIndex(p => p.PartnerId);
        builder.HasIndex(p => p.SourceId);
        builder.HasOne(p => p.Partner).WithMany(p => p.Programs).HasForeignKey(p => p.PartnerId);
        builder.HasOne(p => p.Source).WithMany().HasForeignKey(p => p.SourceId);
    }
}

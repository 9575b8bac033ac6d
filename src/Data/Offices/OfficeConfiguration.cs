using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Offices;

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.ToTable("Offices");
        builder.HasDiscriminator(o => o.Kind)
            .HasValue<Branch>(OfficeKind.Branch)
            .HasValue<SubBranchOffice>(OfficeKind.SubBranchOffice);
        builder.Property(o => o.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(o => o.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(o => o.Town).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.HasIndex(o => o.Kind);
        builder.HasOne(o => o.Region).WithMany(r => r.Offices).HasForeignKey(o => o.RegionId);
        builder.HasOne(o => o.Regency).WithMany().HasForeignKey(o => o.RegencyId);
    }
}

using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Geography;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.ToTable("Provinces");
        builder.Property(p => p.Code).HasMaxLength(2).IsFixedLength();
        builder.Property(p => p.Name).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasOne(p => p.Region).WithMany(r => r.Provinces).HasForeignKey(p => p.RegionId);
    }
}

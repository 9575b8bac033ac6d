using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Geography;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("Regions");
        builder.Property(r => r.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.FullName).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(r => r.Code).IsUnique();
    }
}

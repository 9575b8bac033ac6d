using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Geography;

internal sealed class RegencyConfiguration : IEntityTypeConfiguration<Regency>
{
    public void Configure(EntityTypeBuilder<Regency> builder)
    {
        builder.ToTable("Regencies");
        builder.Property(r => r.Code).HasMaxLength(5).IsFixedLength();
        builder.Property(r => r.CompactCode).HasMaxLength(4).IsFixedLength();
        builder.Property(r => r.Name).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasIndex(r => r.CompactCode).IsUnique();
        builder.HasIndex(r => r.Kind);
        builder.HasOne(r => r.Province).WithMany(p => p.Regencies).HasForeignKey(r => r.ProvinceId);
    }
}

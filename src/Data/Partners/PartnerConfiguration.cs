using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Partners;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("Partners");
        builder.Property(p => p.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(p => p.Name).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.Kind);
    }
}

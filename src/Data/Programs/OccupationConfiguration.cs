using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Programs;

internal sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.ToTable("Occupations");
        builder.Property(o => o.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(o => o.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(o => o.IndonesianName).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(o => o.Code).IsUnique();
    }
}

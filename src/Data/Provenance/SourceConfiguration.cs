using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Provenance;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("Sources");
        builder.Property(s => s.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(s => s.Publisher).HasMaxLength(ColumnLengths.Name);
        builder.Property(s => s.Title).HasMaxLength(ColumnLengths.Title);
        builder.Property(s => s.Url).HasMaxLength(ColumnLengths.Url);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.Kind);
    }
}

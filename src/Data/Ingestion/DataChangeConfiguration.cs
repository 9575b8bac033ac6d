using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Ingestion;

internal sealed class DataChangeConfiguration : IEntityTypeConfiguration<DataChange>
{
    public const int EntityKeyLength = 300;

    public void Configure(EntityTypeBuilder<DataChange> builder)
    {
        builder.ToTable("DataChanges");
        builder.Property(c => c.ChangedBy).HasMaxLength(ChangeActor.MaxNameLength);
        builder.Property(c => c.Entity).HasMaxLength(ColumnLengths.Enum);
        builder.Property(c => c.EntityKey).HasMaxLength(EntityKeyLength);
        builder.Property(c => c.Action).HasConversion<EnumNameConverter<DataChangeAction>>().HasMaxLength(ColumnLengths.Enum);
        builder.HasIndex(c => new { c.Entity, c.EntityKey });
        builder.HasIndex(c => c.ChangedAt);
    }
}

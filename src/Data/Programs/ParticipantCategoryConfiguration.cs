using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Programs;

internal sealed class ParticipantCategoryConfiguration : IEntityTypeConfiguration<ParticipantCategory>
{
    public void Configure(EntityTypeBuilder<ParticipantCategory> builder)
    {
        builder.ToTable("ParticipantCategories");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(c => c.IndonesianName).HasMaxLength(ColumnLengths.Name);
    }
}

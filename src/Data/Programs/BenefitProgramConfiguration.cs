using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Programs;

internal sealed class BenefitProgramConfiguration : IEntityTypeConfiguration<BenefitProgram>
{
    public void Configure(EntityTypeBuilder<BenefitProgram> builder)
    {
        builder.ToTable("Programs");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(p => p.IndonesianName).HasMaxLength(ColumnLengths.Name);
    }
}

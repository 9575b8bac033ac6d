using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Programs;

internal sealed class ProgramEligibilityConfiguration : IEntityTypeConfiguration<ProgramEligibility>
{
    public void Configure(EntityTypeBuilder<ProgramEligibility> builder)
    {
        builder.ToTable("ProgramEligibilities");
        builder.HasKey(e => new { e.Category, e.Program });
        builder.Property(e => e.Note).HasMaxLength(ColumnLengths.Note);
        builder.HasOne(e => e.ParticipantCategory).WithMany(c => c.Eligibilities).HasForeignKey(e => e.Category);
        builder.HasOne(e => e.BenefitProgram).WithMany(p => p.Eligibilities).HasForeignKey(e => e.Program);
        builder.HasIndex(e => e.Program);
    }
}

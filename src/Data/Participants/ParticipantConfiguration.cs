using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Participants;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ToTable("Participants");
        builder.Property(p => p.Kpj).HasMaxLength(ColumnLengths.Kpj);
        builder.Property(p => p.NikHash).HasMaxLength(NikHasher.HashLength);
        builder.HasIndex(p => p.Kpj).IsUnique();
        builder.HasIndex(p => p.NikHash);
        builder.HasIndex(p => new { p.Category, p.Status });
        builder.HasIndex(p => new { p.OfficeId, p.Category, p.Status });
        builder.HasIndex(p => new { p.RegencyId, p.Category, p.Status });
        builder.HasIndex(p => p.EmployerId);
        builder.HasIndex(p => p.OccupationId);
        builder.HasIndex(p => p.EnrolledThroughPartnerProgramId);
        builder.HasIndex(p => p.RegisteredOn);
        builder.HasOne(p => p.ParticipantCategory).WithMany().HasForeignKey(p => p.Category);
        builder.HasOne(p => p.Occupation).WithMany().HasForeignKey(p => p.OccupationId);
        builder.HasOne(p => p.Employer).WithMany().HasForeignKey(p => p.EmployerId);
        builder.HasOne(p => p.Regency).WithMany().HasForeignKey(p => p.RegencyId);
        builder.HasOne(p => p.Office).WithMany().HasForeignKey(p => p.OfficeId);
        builder.HasOne(p => p.EnrolledThroughPartnerProgram).WithMany().HasForeignKey(p => p.EnrolledThroughPartnerProgramId);
    }
}

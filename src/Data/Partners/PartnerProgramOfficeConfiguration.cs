using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Partners;

internal sealed class PartnerProgramOfficeConfiguration : IEntityTypeConfiguration<PartnerProgramOffice>
{
    public void Configure(EntityTypeBuilder<PartnerProgramOffice> builder)
    {
        builder.ToTable("PartnerProgramOffices");
        builder.HasKey(p => new { p.PartnerProgramId, p.OfficeId });
        builder.HasIndex(p => p.OfficeId);
        builder.HasOne(p => p.PartnerProgram).WithMany(p => p.Offices).HasForeignKey(p => p.PartnerProgramId);
        builder.HasOne(p => p.Office).WithMany().HasForeignKey(p => p.OfficeId);
    }
}

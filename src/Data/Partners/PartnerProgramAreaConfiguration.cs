using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Partners;

internal sealed class PartnerProgramAreaConfiguration : IEntityTypeConfiguration<PartnerProgramArea>
{
    public void Configure(EntityTypeBuilder<PartnerProgramArea> builder)
    {
        builder.ToTable("PartnerProgramAreas");
        builder.HasIndex(a => a.PartnerProgramId);
        builder.HasIndex(a => a.RegionId);
        builder.HasIndex(a => a.ProvinceId);
        builder.HasIndex(a => a.RegencyId);
        builder.HasOne(a => a.PartnerProgram).WithMany(p => p.Areas).HasForeignKey(a => a.PartnerProgramId);
        builder.HasOne(a => a.Region).WithMany().HasForeignKey(a => a.RegionId);
        builder.HasOne(a => a.Province).WithMany().HasForeignKey(a => a.ProvinceId);
        builder.HasOne(a => a.Regency).WithMany().HasForeignKey(a => a.RegencyId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Offices;

internal sealed class OfficeRegencyAssignmentConfiguration : IEntityTypeConfiguration<OfficeRegencyAssignment>
{
    public void Configure(EntityTypeBuilder<OfficeRegencyAssignment> builder)
    {
        builder.ToTable("OfficeRegencyAssignments");
        builder.HasOne(a => a.Office).WithMany(o => o.RegencyAssignments).HasForeignKey(a => a.OfficeId);
        builder.HasOne(a => a.Regency).WithMany().HasForeignKey(a => a.RegencyId);
        builder.HasIndex(a => new { a.OfficeId, a.RegencyId, a.ValidFrom }).IsUnique();
        builder.HasIndex(a => new { a.RegencyId, a.ValidFrom });
    }
}

using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Employers;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.ToTable("Employers");
        builder.Property(e => e.Npp).HasMaxLength(ColumnLengths.Npp);
        builder.Property(e => e.Nib).HasMaxLength(ColumnLengths.Nib);
        builder.Property(e => e.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(e => e.Industry).HasMaxLength(ColumnLengths.Industry);
        builder.HasIndex(e => e.Npp).IsUnique();
        builder.HasIndex(e => e.Nib).IsUnique();
        builder.HasIndex(e => new { e.RegencyId, e.Status });
        builder.HasIndex(e => new { e.OfficeId, e.Status });
        builder.HasIndex(e => new { e.Status, e.SizeClass });
        builder.HasOne(e => e.Regency).WithMany().HasForeignKey(e => e.RegencyId);
        builder.HasOne(e => e.Office).WithMany().HasForeignKey(e => e.OfficeId);
    }
}

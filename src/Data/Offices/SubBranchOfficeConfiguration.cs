using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Offices;

internal sealed class SubBranchOfficeConfiguration : IEntityTypeConfiguration<SubBranchOffice>
{
    public void Configure(EntityTypeBuilder<SubBranchOffice> builder)
    {
        builder.HasIndex(s => s.BranchId);
    }
}

using BpjsTk.Data.Participants;
using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Audit;

internal sealed class MembershipCheckAuditConfiguration : IEntityTypeConfiguration<MembershipCheckAudit>
{
    public void Configure(EntityTypeBuilder<MembershipCheckAudit> builder)
    {
        builder.ToTable("MembershipCheckAudits");
        builder.Property(a => a.Purpose).HasMaxLength(ColumnLengths.Name);
        builder.Property(a => a.SubjectHash).HasMaxLength(NikHasher.HashLength);
        builder.Property(a => a.SubjectKind).HasConversion<EnumNameConverter<MembershipSubjectKind>>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(a => a.Result).HasConversion<EnumNameConverter<MembershipCheckResult>>().HasMaxLength(ColumnLengths.Enum);
        builder.HasIndex(a => a.CheckedAt);
        builder.HasIndex(a => new { a.ClientId, a.CheckedAt });
        builder.HasOne(a => a.Client).WithMany().HasForeignKey(a => a.ClientId);
    }
}

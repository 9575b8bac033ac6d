using BpjsTk.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BpjsTk.Data.Clients;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public const int KeyPrefixLength = 16;

    public const int KeyHashLength = 32;

    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("ApiClients");
        builder.Property(c => c.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(c => c.Organisation).HasMaxLength(ColumnLengths.Name);
        builder.Property(c => c.KeyPrefix).HasMaxLength(KeyPrefixLength);
        builder.Property(c => c.KeyHash).HasMaxLength(KeyHashLength);
        builder.Property(c => c.Scopes).HasMaxLength(ColumnLengths.Title);
        builder.Property(c => c.RegencyCodes).HasMaxLength(ColumnLengths.Description);
        builder.HasIndex(c => c.KeyPrefix).IsUnique();
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace BpjsTk.Data.Ingestion;

/// <summary>Fills an entity's natural key column when it is added through a context (the seeder), from the values it holds.</summary>
internal sealed class NaturalKeyGenerator<TEntity>(Func<TEntity, string> key) : ValueGenerator<string>
    where TEntity : class
{
    public override bool GeneratesTemporaryValues => false;

    public override string Next(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return key((TEntity)entry.Entity);
    }
}

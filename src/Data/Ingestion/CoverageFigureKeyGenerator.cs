using BpjsTk.Data.Coverage;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace BpjsTk.Data.Ingestion;

/// <summary>Fills a figure's natural key when it is added through a context (the seeder), from the slice it describes.</summary>
internal sealed class CoverageFigureKeyGenerator : ValueGenerator<string>
{
    public override bool GeneratesTemporaryValues => false;

    public override string Next(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return CoverageFigureKey.Of((CoverageFigure)entry.Entity);
    }
}

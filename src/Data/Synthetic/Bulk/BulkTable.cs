using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BpjsTk.Data.Synthetic.Bulk;

/// <summary>An entity's table and columns as the EF Core model maps them, so bulk loads write exactly what the model reads.</summary>
internal sealed class BulkTable<TEntity>
    where TEntity : class
{
    public BulkTable(BpjsTkDbContext db, bool includeKey)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        Name = entityType.GetTableName() ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no table.");
        var table = StoreObjectIdentifier.Table(Name, entityType.GetSchema());
        Columns = [.. entityType.GetProperties()
            .Where(p => includeKey || !p.IsPrimaryKey())
            .Select(p => new BulkColumn(
                p.GetColumnName(table) ?? p.Name,
                p.GetColumnType(table),
                p.GetGetter(),
                p.GetTypeMapping().Converter))];
    }

    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>The quoted column list, e.g. <c>"Id", "Kpj"</c>.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(c => Quote(c.Name)));

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

namespace BpjsTk.Data.Synthetic.Bulk;

/// <summary>A provider's fastest way to append rows, bypassing the change tracker; each batch is one transaction.</summary>
internal interface IBulkWriter
{
    /// <summary>Writes the rows in one transaction: all of them or, when cancelled or failing, none.</summary>
    Task WriteBatchAsync<TEntity>(BulkTable<TEntity> table, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class;

    /// <summary>After rows were written with explicit ids, lets the database hand out ids after them.</summary>
    Task ContinueIdsAfterAsync<TEntity>(BulkTable<TEntity> table, CancellationToken cancellationToken)
        where TEntity : class;

    Task<long> DatabaseSizeAsync(CancellationToken cancellationToken);
}

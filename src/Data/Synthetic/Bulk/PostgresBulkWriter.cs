using Npgsql;

namespace BpjsTk.Data.Synthetic.Bulk;

/// <summary>PostgreSQL: binary COPY, one COPY and one transaction per batch.</summary>
internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : IBulkWriter
{
    public async Task WriteBatchAsync<TEntity>(BulkTable<TEntity> table, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        var types = table.Columns.Select(c => c.BaseStoreType).ToArray();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var import = await connection.BeginBinaryImportAsync(
            $"COPY {BulkTable<TEntity>.Quote(table.Name)} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await import.StartRowAsync(cancellationToken);
                for (var i = 0; i < types.Length; i++)
                {
                    var value = table.Columns[i].ValueOf(row);
                    if (value is null)
                    {
                        await import.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await import.WriteAsync(value, types[i], cancellationToken);
                    }
                }
            }

            // Disposing an import that was not completed cancels the COPY, so a cancelled batch leaves nothing behind.
            await import.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ContinueIdsAfterAsync<TEntity>(BulkTable<TEntity> table, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(table);
        var quoted = BulkTable<TEntity>.Quote(table.Name);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT setval(pg_get_serial_sequence('{quoted}', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM {quoted}), 0) + 1, false)";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<long> DatabaseSizeAsync(CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_database_size(current_database())";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

using Microsoft.Data.Sqlite;

namespace BpjsTk.Data.Synthetic.Bulk;

/// <summary>SQLite: one prepared INSERT per table, reused for every row of a batch inside one transaction.</summary>
internal sealed class SqliteBulkWriter : IBulkWriter
{
    private readonly SqliteConnection _connection;

    private SqliteBulkWriter(SqliteConnection connection) => _connection = connection;

    public static async Task<SqliteBulkWriter> OpenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // WAL persists in the file and lets readers in during a load; NORMAL skips an fsync per commit, still safe in WAL;
        // a 256 MiB page cache keeps the indexes on random keys (KPJ, NIK hash) from re-reading pages for every row.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return new SqliteBulkWriter(connection);
    }

    public async Task WriteBatchAsync<TEntity>(BulkTable<TEntity> table, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        var parameterNames = table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        insert.CommandText = $"INSERT INTO {BulkTable<TEntity>.Quote(table.Name)} ({table.ColumnList}) VALUES ({string.Join(", ", parameterNames)})";
        var parameters = parameterNames.Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ValueOf(row) ?? DBNull.Value;
            }

            // Microsoft.Data.Sqlite runs statements synchronously either way; the async wrapper only adds a task per row.
            insert.ExecuteNonQuery();
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task ContinueIdsAfterAsync<TEntity>(BulkTable<TEntity> table, CancellationToken cancellationToken)
        where TEntity : class => Task.CompletedTask;

    public async Task<long> DatabaseSizeAsync(CancellationToken cancellationToken)
    {
        // Checkpoint first, so the size is the database file's and not partly still in the write-ahead log.
        await using var checkpoint = _connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        await using var size = _connection.CreateCommand();
        size.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        return Convert.ToInt64(await size.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}

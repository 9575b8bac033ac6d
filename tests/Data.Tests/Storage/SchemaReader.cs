using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Tests.Storage;

/// <summary>Reads a database's tables, columns, indexes and foreign keys as sorted text, so two schemas compare with one string equality.</summary>
internal static class SchemaReader
{
    private const string SqliteColumns = """
        SELECT m.name, c.name, c.type, c."notnull", c.pk
        FROM sqlite_master m JOIN pragma_table_info(m.name) c
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND substr(m.name, 1, 4) <> '__EF'
        """;

    private const string SqliteIndexes = """
        SELECT m.name, i.name, i."unique", group_concat(ii.name, ',')
        FROM sqlite_master m JOIN pragma_index_list(m.name) i JOIN pragma_index_info(i.name) ii
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND substr(m.name, 1, 4) <> '__EF'
        GROUP BY m.name, i.name, i."unique"
        """;

    private const string SqliteForeignKeys = """
        SELECT m.name, f."from", f."table", f."to", f.on_delete
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND substr(m.name, 1, 4) <> '__EF'
        """;

    private const string PostgresColumns = """
        SELECT table_name, column_name, data_type, coalesce(character_maximum_length, -1), coalesce(numeric_precision, -1), coalesce(numeric_scale, -1), is_nullable, coalesce(identity_generation, '')
        FROM information_schema.columns
        WHERE table_schema = 'public' AND left(table_name, 4) <> '__EF'
        """;

    private const string PostgresIndexes = """
        SELECT tablename, indexname, indexdef
        FROM pg_indexes
        WHERE schemaname = 'public' AND left(tablename, 4) <> '__EF'
        """;

    private const string PostgresForeignKeys = """
        SELECT tc.table_name, tc.constraint_name, rc.delete_rule, kcu.column_name
        FROM information_schema.table_constraints tc
        JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name
        JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
        WHERE tc.table_schema = 'public' AND tc.constraint_type = 'FOREIGN KEY'
        """;

    public static async Task<string> ReadAsync(BpjsTkDbContext context, CancellationToken cancellationToken)
    {
        string[] queries = context.Database.IsSqlite()
            ? [SqliteColumns, SqliteIndexes, SqliteForeignKeys]
            : [PostgresColumns, PostgresIndexes, PostgresForeignKeys];
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var text = new StringBuilder();
            foreach (var query in queries)
            {
                var rows = await ReadRowsAsync(connection, query, cancellationToken);
                rows.Sort(StringComparer.Ordinal);
                foreach (var row in rows)
                {
                    text.AppendLine(row);
                }

                text.AppendLine("--");
            }

            return text.ToString();
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<string>> ReadRowsAsync(DbConnection connection, string query, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }

            rows.Add(string.Join('|', values));
        }

        return rows;
    }
}

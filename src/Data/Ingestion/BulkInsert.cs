using System.Data.Common;
using System.Globalization;
using System.Text;
using BpjsTk.Data.Synthetic.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BpjsTk.Data.Ingestion;

/// <summary>Parameterised SQL on the context's connection and current transaction, for writes that bypass the change tracker.</summary>
internal static class BulkInsert
{
    /// <summary><c>INSERT INTO table (columns) VALUES (...), (...)</c> of the rows, followed by <paramref name="suffix"/> (an <c>ON CONFLICT</c> clause).</summary>
    public static DbCommand Command<TEntity>(BpjsTkDbContext db, BulkTable<TEntity> table, IReadOnlyList<TEntity> rows, string suffix)
        where TEntity : class
    {
        var command = NewCommand(db);
        var text = new StringBuilder($"INSERT INTO {BulkTable<TEntity>.Quote(table.Name)} ({table.ColumnList}) VALUES ");
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                text.Append(c == 0 ? string.Empty : ", ").Append(AddParameter(command, table.Columns[c].ValueOf(rows[r])));
            }

            text.Append(')');
        }

        command.CommandText = text.Append(suffix).ToString();
        return command;
    }

    public static DbCommand NewCommand(BpjsTkDbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>Adds the value as the next parameter and returns its name to write into the SQL.</summary>
    public static string AddParameter(DbCommand command, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}

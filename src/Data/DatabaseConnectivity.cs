using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BpjsTk.Data;

/// <summary>Opens the database once up front so a wrong address fails with one clear line instead of a stack trace mid-migration.</summary>
public static class DatabaseConnectivity
{
    private const int SqliteIoError = 10;
    private const int SqliteCantOpen = 14;

    public static async Task EnsureReachableAsync(BpjsTkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = new DatabaseSettings(
            db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            db.Database.GetConnectionString() ?? string.Empty);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The server answers but the database does not exist yet: migrating creates it.
        }
        catch (ArgumentException exception)
        {
            throw new DatabaseUnavailableException($"The {settings.Provider} connection string is invalid: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
        {
            throw new DatabaseUnavailableException($"{Describe(settings)}: {FirstLine(exception)}", exception);
        }
    }

    /// <summary>
    /// True when <paramref name="exception"/> (or one it wraps) says the database cannot be reached right now: a refused or
    /// broken connection, a server shutting down or starting, a SQLite file that cannot be opened. Such a failure is the
    /// server's state, not the request's fault, so it is answered 503 and retried later.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DatabaseUnavailableException or System.Net.Sockets.SocketException:
                    return true;
                case PostgresException postgres:
                    // class 08 connection exception; 57P01-57P03 admin/crash shutdown, cannot connect now
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException:
                    // Npgsql's own failures (not a server error) are connection-level: refused, reset, timed out while connecting.
                    return true;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteCantOpen or SqliteIoError;
            }
        }

        return false;
    }

    // Where the settings point, never the password.
    private static string Describe(DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
            return $"Cannot connect to PostgreSQL at {builder.Host ?? "(no host)"}:{builder.Port}, database {builder.Database ?? "(default)"}";
        }

        return $"Cannot open the SQLite database {new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource}";
    }

    private static string FirstLine(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null && innermost is not PostgresException)
        {
            innermost = innermost.InnerException;
        }

        var message = innermost.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}

using System.Net;
using System.Net.Sockets;

namespace BpjsTk.Data.Tests;

public sealed class ConnectivityTests
{
    [Fact]
    public async Task Unreachable_PostgreSQL_is_reported_in_one_line_with_host_port_and_database()
    {
        var port = ClosedLoopbackPort();
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, $"Host=127.0.0.1;Port={port};Username=u;Password=hunter2;Database=bpjstk");
        await using var db = settings.CreateContext();

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseInitializer.MigrateAsync(db, CancellationToken.None));

        Assert.StartsWith($"Cannot connect to PostgreSQL at 127.0.0.1:{port}, database bpjstk: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_PostgreSQL_connection_string_is_reported_as_invalid()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, "Hots=db.example");
        await using var db = settings.CreateContext();

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseInitializer.MigrateAsync(db, CancellationToken.None));

        Assert.StartsWith("The Postgres connection string is invalid: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_SQLite_file_in_a_missing_folder_is_reported_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "bpjstk-missing-" + Guid.NewGuid().ToString("N"), "bpjstk.db");
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}");
        await using var db = settings.CreateContext();

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseInitializer.MigrateAsync(db, CancellationToken.None));

        Assert.StartsWith($"Cannot open the SQLite database {path}: ", error.Message, StringComparison.Ordinal);
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;
using BpjsTk.Api.Cli;
using BpjsTk.Api.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BpjsTk.Api.Tests.Cli;

public sealed class DatabaseVerbTests : IDisposable
{
    private static readonly byte[] NikHashKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("bpjstk-api-").FullName;

    [Fact]
    public async Task Migrate_against_an_unreachable_PostgreSQL_prints_one_line_naming_host_and_port_and_fails()
    {
        var port = ClosedLoopbackPort();
        var services = Services(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = $"Host=127.0.0.1;Port={port};Username=bpjstk;Password=secret;Database=bpjstk;Timeout=5",
        });
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await MigrateCommand.RunAsync(services, output, error, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Empty(output.ToString());
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Cannot connect to PostgreSQL at 127.0.0.1:{port}, database bpjstk: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_with_an_unknown_provider_names_the_setting_and_fails()
    {
        var services = Services(new() { ["Database:Provider"] = "Oracle" });
        var error = new StringWriter();

        var exitCode = await SeedCommand.RunAsync(services, NikHashKey, TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal("Database:Provider is 'Oracle'; use Sqlite or Postgres.", error.ToString().Trim());
    }

    [Fact]
    public async Task Seed_creates_the_default_SQLite_file_and_a_second_seed_adds_nothing()
    {
        var services = Services([]);
        var first = new StringWriter();
        var second = new StringWriter();

        Assert.Equal(0, await SeedCommand.RunAsync(services, NikHashKey, first, TextWriter.Null, CancellationToken.None));
        Assert.Equal(0, await SeedCommand.RunAsync(services, NikHashKey, second, TextWriter.Null, CancellationToken.None));
        Assert.Equal(0, await MigrateCommand.RunAsync(services, second, TextWriter.Null, CancellationToken.None));

        Assert.True(File.Exists(Path.Combine(_contentRoot, "data", "bpjstk.db")));
        Assert.StartsWith("Loaded the sample data: ", first.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            "The sample data is already loaded; nothing to add.\nThe database schema is up to date.\n",
            second.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings[HostDefaults.ContentRootKey] = _contentRoot;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddBpjsTkDatabase(configuration).BuildServiceProvider();
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

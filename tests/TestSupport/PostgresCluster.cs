using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BpjsTk.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster on a free loopback port, started once per test collection.
/// Test classes ask it for a fresh database each.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    public const string MissingBinariesMessage =
        "PostgreSQL binaries not found (pg_config --bindir, /usr/lib/postgresql/*/bin); install PostgreSQL to run these tests.";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bpjstk-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private int _databaseCount;
    private bool _started;

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(_directory, "data");

    public async Task InitializeAsync()
    {
        var bin = PostgresBinaries.BinDirectory;
        if (bin is null)
        {
            if (PostgresBinaries.Required)
            {
                throw new InvalidOperationException("CI=true and " + MissingBinariesMessage);
            }

            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var cancellationToken = timeout.Token;
        Directory.CreateDirectory(_directory);
        if (RunsAsRoot)
        {
            // initdb and postgres refuse to run as root.
            await ProcessRunner.RunAsync("chown", ["postgres:postgres", _directory], cancellationToken);
        }

        await RunAsServerUserAsync(Path.Combine(bin, "initdb"), ["-D", DataDirectory, "-A", "trust", "-U", "postgres", "--no-sync"], cancellationToken);
        Port = FreeLoopbackPort();
        await StartAsync(cancellationToken);
    }

    public async Task DisposeAsync()
    {
        if (_started)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await StopAsync(timeout.Token);
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Starts the server (again) on the same port and data; waits until it accepts connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var serverOptions = string.Create(
            CultureInfo.InvariantCulture,
            $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off");
        await RunAsServerUserAsync(
            Path.Combine(PostgresBinaries.BinDirectory!, "pg_ctl"),
            ["-D", DataDirectory, "-o", serverOptions, "-l", Path.Combine(_directory, "server.log"), "-w", "start"],
            cancellationToken);
        _started = true;
    }

    /// <summary>Stops the server as an operator would (fast shutdown: open sessions are ended); the data stays for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await RunAsServerUserAsync(
            Path.Combine(PostgresBinaries.BinDirectory!, "pg_ctl"),
            ["-D", DataDirectory, "-m", "fast", "-w", "stop"],
            cancellationToken);
        _started = false;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        if (!_started)
        {
            throw new InvalidOperationException(MissingBinariesMessage);
        }

        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"{prefix.ToLowerInvariant()}_{Interlocked.Increment(ref _databaseCount)}");
        await ProcessRunner.RunAsync(
            Path.Combine(PostgresBinaries.BinDirectory!, "createdb"),
            ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", name],
            cancellationToken);
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false");

    private static bool RunsAsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static Task<string> RunAsServerUserAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunsAsRoot
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments], cancellationToken)
            : ProcessRunner.RunAsync(program, arguments, cancellationToken);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

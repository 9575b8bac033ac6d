using BpjsTk.Api.Security;
using BpjsTk.Data;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Api.Database;

/// <summary>
/// First run: before the server listens, creates and migrates the database and loads the sample
/// data when it is empty. Switched off with <c>Database:InitializeOnStart=false</c> (e.g. when
/// migrations are applied by the <c>migrate</c> verb in a deployment step).
/// </summary>
internal sealed partial class DatabaseInitializationService(
    IConfiguration configuration,
    IServiceProvider services,
    ILogger<DatabaseInitializationService> logger) : IHostedService
{
    public const string InitializeOnStartKey = "Database:InitializeOnStart";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(InitializeOnStartKey, defaultValue: true))
        {
            return;
        }

        var key = services.GetRequiredService<NikHashKey>();
        var factory = services.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var seeded = await DatabaseInitializer.InitializeAsync(db, key.Bytes, cancellationToken);
        if (seeded.RowsAdded > 0)
        {
            LogSeeded(seeded.RowsAdded);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the database and loaded the sample data ({Rows} rows).")]
    private partial void LogSeeded(int rows);
}

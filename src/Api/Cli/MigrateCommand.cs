using BpjsTk.Data;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Api.Cli;

/// <summary>The <c>migrate</c> verb: applies pending migrations to the configured database.</summary>
public static class MigrateCommand
{
    public static Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        RunAsync(services, Console.Out, Console.Error, cancellationToken);

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var factory = services.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>();
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var applied = await DatabaseInitializer.MigrateAsync(db, cancellationToken);
            await output.WriteLineAsync(applied.Count == 0
                ? "The database schema is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
            return 0;
        }
        catch (DatabaseUnavailableException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}

using BpjsTk.Data;
using BpjsTk.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Api.Cli;

/// <summary>The <c>seed</c> verb: migrates, then loads whatever reference and sample data is missing.</summary>
public static class SeedCommand
{
    public static Task<int> RunAsync(IServiceProvider services, byte[] nikHashKey, CancellationToken cancellationToken) =>
        RunAsync(services, nikHashKey, Console.Out, Console.Error, cancellationToken);

    public static async Task<int> RunAsync(
        IServiceProvider services,
        byte[] nikHashKey,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var factory = services.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>();
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await DatabaseInitializer.MigrateAsync(db, cancellationToken);
            var result = await SampleDataSeeder.SeedAsync(db, nikHashKey, cancellationToken);
            await output.WriteLineAsync(result.RowsAdded == 0
                ? "The sample data is already loaded; nothing to add."
                : $"Loaded the sample data: {result.RowsAdded} rows added.");
            return 0;
        }
        catch (DatabaseUnavailableException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}

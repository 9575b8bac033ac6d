using BpjsTk.Data;
using BpjsTk.Data.Audit;
using BpjsTk.Data.Clients;
using BpjsTk.Schema.Membership;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BpjsTk.Schema.Tests.Membership;

public sealed class MembershipAuditWriterTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bpjstk-audit-").FullName;
    private DatabaseSettings _database = null!;
    private int _clientId;

    public async Task InitializeAsync()
    {
        _database = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "audit.db")};Pooling=False");
        await using var db = _database.CreateContext();
        await DatabaseInitializer.MigrateAsync(db, CancellationToken.None);
        var client = new ApiClient { Name = "bank", Organisation = "Bank", KeyPrefix = "bk", KeyHash = new byte[32], Scopes = ApiScopes.MembershipCheck };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        _clientId = client.Id;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Concurrent_checks_each_have_their_record_stored_once_before_they_return()
    {
        await using var writer = new MembershipAuditWriter(new Databases(_database), NullLogger<MembershipAuditWriter>.Instance);

        await Task.WhenAll(Enumerable.Range(0, 1_000).Select(i => Task.Run(() => writer.WriteAsync([Record(i)], CancellationToken.None))));

        Assert.Equal(Enumerable.Range(0, 1_000).Select(Purpose), await StoredPurposesAsync());
    }

    [Fact]
    public async Task A_failing_commit_fails_every_check_waiting_on_it_and_none_is_answered_as_audited()
    {
        await using var writer = new MembershipAuditWriter(new Databases(_database, fail: true), NullLogger<MembershipAuditWriter>.Instance);

        var checks = Enumerable.Range(0, 50).Select(i => writer.WriteAsync([Record(i)], CancellationToken.None)).ToArray();

        foreach (var check in checks)
        {
            await Assert.ThrowsAsync<MembershipAuditException>(() => check);
        }

        Assert.Empty(await StoredPurposesAsync());
    }

    [Fact]
    public async Task Shutting_down_stores_every_queued_record_then_refuses_new_ones()
    {
        var writer = new MembershipAuditWriter(new Databases(_database), NullLogger<MembershipAuditWriter>.Instance);
        var checks = Enumerable.Range(0, 300).Select(i => writer.WriteAsync([Record(i)], CancellationToken.None)).ToArray();

        await writer.DisposeAsync();

        // Each check's own continuation runs asynchronously after its record is stored, so wait for them (bounded)
        // rather than sample their state: any check that failed makes WhenAll throw.
        await Task.WhenAll(checks).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(checks, check => Assert.True(check.IsCompletedSuccessfully));
        Assert.Equal(300, (await StoredPurposesAsync()).Count);
        await Assert.ThrowsAsync<MembershipAuditException>(() => writer.WriteAsync([Record(300)], CancellationToken.None));
    }

    private static string Purpose(int i) => $"IUMK-2026-{i:00000}";

    private MembershipCheckAudit Record(int i) => new()
    {
        CheckedAt = DateTime.UtcNow,
        ClientId = _clientId,
        Purpose = Purpose(i),
        SubjectKind = MembershipSubjectKind.Nik,
        SubjectHash = new byte[32],
        Result = MembershipCheckResult.Active,
    };

    private async Task<List<string>> StoredPurposesAsync()
    {
        await using var db = _database.CreateContext();
        return await db.MembershipCheckAudits.OrderBy(a => a.Purpose).Select(a => a.Purpose).ToListAsync();
    }

    private sealed class Databases(DatabaseSettings database, bool fail = false) : IDbContextFactory<BpjsTkDbContext>
    {
        public BpjsTkDbContext CreateDbContext() =>
            fail ? throw new SqliteException("database is locked", 5) : database.CreateContext();
    }
}

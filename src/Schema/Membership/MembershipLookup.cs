using System.Runtime.CompilerServices;
using BpjsTk.Data;
using BpjsTk.Data.Employers;
using BpjsTk.Data.Participants;
using BpjsTk.Data.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BpjsTk.Schema.Membership;

/// <summary>The indexed look-ups behind a check: a person by NIK hash, an employer by NPP or NIB.</summary>
internal static class MembershipLookup
{
    // Compiled once per model (EF Core refuses a compiled query on another provider's model, and a test process runs both):
    // a check then skips EF Core's per-call query translation and cache look-up, and reads only the answer's columns.
    private static readonly ConditionalWeakTable<IModel, Func<BpjsTkDbContext, byte[], CancellationToken, Task<PersonRegistration?>>> PersonByNikHash = [];

    private static Func<BpjsTkDbContext, byte[], CancellationToken, Task<PersonRegistration?>> CompilePersonByNikHash() =>
        EF.CompileAsyncQuery((BpjsTkDbContext db, byte[] nikHash, CancellationToken _) => db.Participants.AsNoTracking()
            .Where(p => p.NikHash == nikHash)
            .OrderBy(p => p.Status).ThenByDescending(p => p.RegisteredOn)
            .Select(p => new PersonRegistration(p.Status, p.Category, p.Programs, p.PaidThrough, p.RegisteredOn))
            .FirstOrDefault());

    /// <summary>A person may have several registrations (e.g. PU, then BPU): an active one answers first, then the latest.</summary>
    public static async Task<PersonMembership> FindPersonAsync(BpjsTkDbContext db, byte[] nikHash, CancellationToken cancellationToken)
    {
        var row = await PersonByNikHash.GetValue(db.Model, _ => CompilePersonByNikHash())(db, nikHash, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return PersonMembership.NotFound;
        }

        return new PersonMembership(
            row.Status == ParticipantStatus.Active ? MembershipStatus.Active : MembershipStatus.Inactive,
            row.Category,
            row.Programs.ToCodes(),
            row.PaidThrough is { } month ? $"{month.Year:0000}-{month.Number:00}" : null,
            row.RegisteredOn);
    }

    public static async Task<EmployerMembership> FindEmployerAsync(BpjsTkDbContext db, string? npp, string? nib, CancellationToken cancellationToken)
    {
        var employers = db.Employers.AsNoTracking();
        var employer = await (npp is not null ? employers.Where(e => e.Npp == npp) : employers.Where(e => e.Nib == nib))
            .Select(e => new { e.Id, e.Status })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (employer is null)
        {
            return EmployerMembership.NotFound;
        }

        var cover = await db.Participants.AsNoTracking()
            .Where(p => p.EmployerId == employer.Id && p.Status == ParticipantStatus.Active)
            .GroupBy(p => p.Programs)
            .Select(g => new { Programs = g.Key, Workers = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var programs = cover.Aggregate(ProgramSet.None, (all, c) => all | c.Programs);
        var status = employer.Status switch
        {
            EmployerStatus.Active => EmployerRegistrationStatus.Active,
            EmployerStatus.Inactive => EmployerRegistrationStatus.Inactive,
            _ => EmployerRegistrationStatus.Closed,
        };
        return new EmployerMembership(status, cover.Sum(c => c.Workers), programs.ToCodes());
    }
}

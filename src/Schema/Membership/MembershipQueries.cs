using BpjsTk.Data;
using BpjsTk.Data.Audit;
using BpjsTk.Data.Participants;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Coverage;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Membership;

/// <summary>The membership checks for licensing offices and banks: one person, one employer, or a batch of applicants.</summary>
internal static class MembershipQueries
{
    private static readonly PersonCheckValidator PersonValidator = new();

    private static readonly EmployerCheckValidator EmployerValidator = new();

    public static void AddFields(ObjectTypeDescriptor query)
    {
        query.Field(MembershipCheckFields.Person)
            .Description("Is this person a BPJS Ketenagakerjaan member? Answers status and cover only. Needs the membership:check scope; every check is audited.")
            .Type("PersonMembership")
            .Argument("nik", a => a.Type("String!").Description("The 16-digit NIK; hashed on arrival, never stored or echoed."))
            .Argument("purpose", a => a.Type("String!").Description("Why you ask, e.g. the licence or KUR application number (at most 200 characters)."))
            .Resolve(async (ctx, ct) =>
            {
                var caller = CallerAuthorization.Require(ctx, ApiScopes.MembershipCheck);
                var check = new PersonCheck { Nik = ctx.ArgumentValue<string>("nik"), Purpose = ctx.ArgumentValue<string>("purpose") };
                var validation = await PersonValidator.ValidateAsync(check, ct).ConfigureAwait(false);
                if (!validation.IsValid)
                {
                    throw ValidationErrors.ToException(validation);
                }

                var hash = ctx.Service<NikHasher>().Hash(check.Nik!);
                var checkedAt = Now(ctx);
                await using var db = await ctx.Service<IDbContextFactory<BpjsTkDbContext>>().CreateDbContextAsync(ct).ConfigureAwait(false);
                if (!MayCheck(caller, check.Nik!))
                {
                    await StoreAsync(ctx, [MembershipAudit.Record(caller, checkedAt, check.Purpose!, MembershipSubjectKind.Nik, hash, MembershipCheckResult.Refused)], ct).ConfigureAwait(false);
                    throw new GraphQLException(RegencyRefusal());
                }

                var membership = await MembershipLookup.FindPersonAsync(db, hash, ct).ConfigureAwait(false);
                await StoreAsync(ctx, [MembershipAudit.Record(caller, checkedAt, check.Purpose!, MembershipSubjectKind.Nik, hash, MembershipAudit.ResultOf(membership))], ct).ConfigureAwait(false);
                return membership;
            });

        query.Field(MembershipCheckFields.Employer)
            .Description("Is this employer registered, and for how many active workers? Give npp or nib. Needs the membership:check scope; every check is audited.")
            .Type("EmployerMembership")
            .Argument("npp", a => a.Type("String").Description("Nomor Pendaftaran Perusahaan, 8 digits."))
            .Argument("nib", a => a.Type("String").Description("Nomor Induk Berusaha, 13 digits."))
            .Argument("purpose", a => a.Type("String!").Description("Why you ask, e.g. the licence or KUR application number."))
            .Resolve(async (ctx, ct) =>
            {
                var caller = CallerAuthorization.Require(ctx, ApiScopes.MembershipCheck);
                var check = new EmployerCheck(ctx.ArgumentValue<string?>("npp"), ctx.ArgumentValue<string?>("nib"), ctx.ArgumentValue<string>("purpose"));
                var validation = await EmployerValidator.ValidateAsync(check, ct).ConfigureAwait(false);
                if (!validation.IsValid)
                {
                    throw ValidationErrors.ToException(validation);
                }

                var (kind, identifier) = check.Npp is not null ? (MembershipSubjectKind.Npp, check.Npp) : (MembershipSubjectKind.Nib, check.Nib!);
                var checkedAt = Now(ctx);
                await using var db = await ctx.Service<IDbContextFactory<BpjsTkDbContext>>().CreateDbContextAsync(ct).ConfigureAwait(false);
                var membership = await MembershipLookup.FindEmployerAsync(db, check.Npp, check.Nib, ct).ConfigureAwait(false);
                await StoreAsync(ctx, [MembershipAudit.Record(caller, checkedAt, check.Purpose!, kind, ctx.Service<NikHasher>().Hash(identifier), MembershipAudit.ResultOf(membership))], ct).ConfigureAwait(false);
                return membership;
            });

        query.Field(MembershipCheckFields.Batch)
            .Description($"Checks up to {MembershipCheckFields.MaxBatchSize} applicants (a licensing office's daily queue); each is answered on its own, in request order, and counts as one check.")
            .Type("[MembershipBatchItem!]")
            .Argument(MembershipCheckFields.BatchApplicants, a => a.Type("[MembershipApplicantInput!]!"))
            .Resolve(async (ctx, ct) =>
            {
                var caller = CallerAuthorization.Require(ctx, ApiScopes.MembershipCheck);
                var applicants = ctx.ArgumentValue<List<PersonCheck>>(MembershipCheckFields.BatchApplicants);
                if (applicants.Count is 0 or > MembershipCheckFields.MaxBatchSize)
                {
                    throw new GraphQLException(new GraphQLError(
                        $"A batch holds 1 to {MembershipCheckFields.MaxBatchSize} applicants; this one holds {applicants.Count}.",
                        extensions: new Dictionary<string, object?> { ["code"] = MembershipErrorCodes.BatchSize, ["field"] = MembershipCheckFields.BatchApplicants }));
                }

                return await CheckBatchAsync(ctx, caller, applicants, ct).ConfigureAwait(false);
            });
    }

    private static async Task<MembershipBatchItem[]> CheckBatchAsync(IResolverContext ctx, ApiCaller caller, List<PersonCheck> applicants, CancellationToken ct)
    {
        var hasher = ctx.Service<NikHasher>();
        var checkedAt = Now(ctx);
        var items = new MembershipBatchItem[applicants.Count];
        var audits = new List<MembershipCheckAudit>(applicants.Count);
        await using var db = await ctx.Service<IDbContextFactory<BpjsTkDbContext>>().CreateDbContextAsync(ct).ConfigureAwait(false);
        for (var i = 0; i < applicants.Count; i++)
        {
            var check = applicants[i];
            var validation = await PersonValidator.ValidateAsync(check, ct).ConfigureAwait(false);
            if (!validation.IsValid)
            {
                items[i] = new MembershipBatchItem(i, null, Problems(validation, i));
                continue;
            }

            var hash = hasher.Hash(check.Nik!);
            if (!MayCheck(caller, check.Nik!))
            {
                audits.Add(MembershipAudit.Record(caller, checkedAt, check.Purpose!, MembershipSubjectKind.Nik, hash, MembershipCheckResult.Refused));
                var refusal = RegencyRefusal();
                items[i] = new MembershipBatchItem(i, null, [new(MembershipErrorCodes.RegencyNotAllowed, Field(i, "nik"), refusal.Message)]);
                continue;
            }

            var membership = await MembershipLookup.FindPersonAsync(db, hash, ct).ConfigureAwait(false);
            audits.Add(MembershipAudit.Record(caller, checkedAt, check.Purpose!, MembershipSubjectKind.Nik, hash, MembershipAudit.ResultOf(membership)));
            items[i] = new MembershipBatchItem(i, membership, []);
        }

        await StoreAsync(ctx, audits, ct).ConfigureAwait(false);
        return items;
    }

    /// <summary>Waits for the group commit holding these records; a check whose record is not stored is answered with an error only.</summary>
    private static async Task StoreAsync(IResolverContext ctx, IReadOnlyList<MembershipCheckAudit> records, CancellationToken ct)
    {
        try
        {
            await ctx.Service<MembershipAuditWriter>().WriteAsync(records, ct).ConfigureAwait(false);
        }
        catch (MembershipAuditException exception)
        {
            throw new GraphQLException(GraphQLError.WithCode(exception.Message, MembershipErrorCodes.AuditUnavailable));
        }
    }

    private static bool MayCheck(ApiCaller caller, string nik) =>
        caller.RegencyCodes is not { } allowed || (NikRegencies.CurrentCode(nik.AsSpan(0, 4)) is { } regency && allowed.Contains(regency));

    private static GraphQLError RegencyRefusal() => GraphQLError.WithCode(
        "This API key may check applicants of its own regencies only, and this NIK was issued elsewhere.", MembershipErrorCodes.RegencyNotAllowed);

    private static MembershipCheckProblem[] Problems(ValidationResult validation, int index) =>
        [.. validation.Errors.Select(e => new MembershipCheckProblem(e.ErrorCode, Field(index, e.PropertyName), e.ErrorMessage))];

    private static string Field(int index, string property) => $"{MembershipCheckFields.BatchApplicants}[{index}].{property}";

    private static DateTime Now(IResolverContext ctx) =>
        ((ctx.Services.GetService(typeof(TimeProvider)) as TimeProvider) ?? TimeProvider.System).GetUtcNow().UtcDateTime;
}

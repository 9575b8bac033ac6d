using BpjsTk.Data.Audit;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Membership;

/// <summary>The types of the membership checks and their audit.</summary>
internal static class MembershipTypes
{
    public static SchemaBuilder AddMembershipTypes(this SchemaBuilder builder) => builder
        .AddEnumType<MembershipStatus>(d => d.Description("A person's membership: ACTIVE (contributions current), INACTIVE (registered, not active), NOT_FOUND (no registration for this NIK)."))
        .AddEnumType<EmployerRegistrationStatus>(d => d.Description("An employer's registration with BPJS Ketenagakerjaan."))
        .AddEnumType<MembershipSubjectKind>(d => d.Description("Which identifier a check was asked with."))
        .AddEnumType<MembershipCheckResult>(d => d.Description("What a check answered; REFUSED when the applicant was outside the client's regencies."))
        .AddInputObjectType<PersonCheck>(d =>
        {
            d.Name("MembershipApplicantInput").Description("One applicant of a batch.");
            d.Field(c => c.Nik).Type("String!").Description("The 16-digit NIK.");
            d.Field(c => c.Purpose).Type("String!").Description("Why you ask, e.g. the licence application number.");
        })
        .AddObjectType<PersonMembership>(d =>
        {
            d.Description("A person's membership: status and cover only; no name, no address.");
            d.Field(m => m.Category).Description("Kategori peserta of the registration; null when not found.");
            d.Field(m => m.Programs).Description("The programmes covered.");
            d.Field(m => m.PaidThrough).Description("The last month paid, as yyyy-MM; null when nothing was paid or not found.");
            d.Field(m => m.MemberSince).Description("When the registration began; null when not found.");
        })
        .AddObjectType<EmployerMembership>(d =>
        {
            d.Description("An employer's registration, its active workers and the programmes they are enrolled in.");
            d.Field(m => m.ActiveWorkers).Description("Registered workers (peserta) with active membership.");
        })
        .AddObjectType<MembershipCheckProblem>(d => d.Description("Why one applicant of a batch was not checked."))
        .AddObjectType<MembershipBatchItem>(d =>
        {
            d.Description("The answer for one applicant of a batch.");
            d.Field(i => i.Index).Description("The applicant's position in the request, from 0.");
            d.Field(i => i.Membership).Description("Null when the applicant could not be checked; see errors.");
        })
        .AddObjectType<MembershipCheckRecord>(d =>
        {
            d.Description("One audited membership check.");
            d.Field(r => r.CheckedAt).Description("When, in UTC (ISO 8601).");
            d.Field(r => r.SubjectHash).Description("HMAC-SHA256 of the identifier under the server's key, in hex.");
        });

    public static void AddFields(ObjectTypeDescriptor query)
    {
        MembershipQueries.AddFields(query);
        MembershipAuditQueries.AddFields(query);
    }
}

using BpjsTk.Data.Employers;
using BpjsTk.Data.Participants;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Nodes;

namespace BpjsTk.Schema.Employers;

/// <summary>The Employer type, its participant summary (counts through one GROUP BY per batch) and its paged list type.</summary>
internal static class EmployerTypes
{
    public static SchemaBuilder AddEmployerTypes(this SchemaBuilder builder) => builder
        .AddEnumType<EmployerSizeClass>()
        .AddEnumType<EmployerStatus>()
        .AddObjectType<CollectionSegmentInfo>(d => d.Description("Information about an offset-paged list."))
        .AddObjectType<CollectionSegment<Employer>>(d => d.Name("EmployerCollectionSegment").Description("A page of employers."))
        .AddObjectType<ParticipantCategoryCount>(d => d.Description("Participants of one category (kategori peserta)."))
        .AddObjectType<ParticipantSummary>(d => d.Description("Counts of an employer's registered workers (peserta) by status and category; individual participants are personal data and not exposed."))
        .AddObjectType<Employer>(d =>
        {
            d.BindFieldsExplicitly().Description("Perusahaan / pemberi kerja: an employer registered with BPJS Ketenagakerjaan.");
            NodeType.ImplementNode(d, NodeTypeNames.Employer, e => e.Id);
            d.Field(e => e.Npp).Description("Nomor Pendaftaran Perusahaan: the BPJS TK employer number.");
            d.Field(e => e.Nib).Description("Nomor Induk Berusaha: the 13-digit OSS business number, when known.");
            d.Field(e => e.Name);
            d.Field(e => e.Industry);
            d.Field(e => e.SizeClass);
            d.Field(e => e.JkkRiskClass).Description("Risk class 1-5 that sets the JKK (work accident) contribution rate.");
            d.Field(e => e.Status);
            d.Field(e => e.RegisteredOn);
            d.Field("regency").Type("Regency!").ParentRequires<Employer>(e => e.RegencyId)
                .Resolve(ctx => ctx.LoadByIdAsync("regencyById", ctx.Parent<Employer>().RegencyId, (db, keys) => db.Regencies.Where(r => keys.Contains(r.Id)), r => r.Id));
            d.Field("office").Type("Office!").Description("The office the employer is registered with.").ParentRequires<Employer>(e => e.OfficeId)
                .Resolve(ctx => ctx.LoadByIdAsync("officeById", ctx.Parent<Employer>().OfficeId, (db, keys) => db.Offices.Where(o => keys.Contains(o.Id)), o => o.Id));
            d.Field("participantSummary").Type("ParticipantSummary!").Description("How many of the employer's workers are registered, by status and category.")
                .Resolve(async ctx =>
                {
                    var counts = await ctx.LoadGroupAsync(
                        "participantCountsByEmployer",
                        ctx.Parent<Employer>().Id,
                        (db, keys) => db.Participants.Where(p => p.EmployerId != null && keys.Contains(p.EmployerId.Value))
                            .GroupBy(p => new { EmployerId = p.EmployerId!.Value, p.Category, p.Status })
                            .Select(g => new EmployerParticipantCount(g.Key.EmployerId, g.Key.Category, g.Key.Status, g.LongCount())),
                        c => c.EmployerId).ConfigureAwait(false);
                    var byCategory = counts.GroupBy(c => c.Category).OrderBy(g => g.Key)
                        .Select(g => new ParticipantCategoryCount(g.Key, Sum(g, ParticipantStatus.Active), Sum(g, ParticipantStatus.Inactive)))
                        .ToArray();
                    return new ParticipantSummary(Sum(counts, ParticipantStatus.Active), Sum(counts, ParticipantStatus.Inactive), byCategory);
                });
        });

    private static long Sum(IEnumerable<EmployerParticipantCount> counts, ParticipantStatus status) =>
        counts.Where(c => c.Status == status).Sum(c => c.Count);
}

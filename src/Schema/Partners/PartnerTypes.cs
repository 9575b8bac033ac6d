using BpjsTk.Data.Partners;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Nodes;

namespace BpjsTk.Schema.Partners;

/// <summary>Partners and their programmes (kerja sama), navigable both ways and to the offices taking part.</summary>
internal static class PartnerTypes
{
    public static SchemaBuilder AddPartnerTypes(this SchemaBuilder builder) => builder
        .AddEnumType<PartnerKind>()
        .AddEnumType<PartnerProgramKind>(d => d.Description("How a partner helps coverage: koperasi, KUR tie-in, union or community outreach, a local regulation (Perbup), a payment channel, a service point (Pojok BPJS) or an incentive."))
        .AddEnumType<PartnerProgramStatus>()
        .AddObjectType<Partner>(d =>
        {
            d.BindFieldsExplicitly().Description("A partner that helps coverage: a local government, bank, union, cooperative, retailer or community organisation.");
            NodeType.ImplementNode(d, NodeTypeNames.Partner, p => p.Id);
            d.Field(p => p.Code);
            d.Field(p => p.Name);
            d.Field(p => p.Kind);
            d.Field("programs").Type("[PartnerProgram!]!").Description("The partner's programmes (kerja sama), by code unless ordered.")
                .UseFiltering<PartnerProgram>().UseSorting<PartnerProgram>()
                .ResolveWithQueryContext<PartnerProgram>((ctx, query) => ctx.LoadGroupAsync("programsByPartner", ctx.Parent<Partner>().Id, query, (db, keys) => db.PartnerPrograms.Where(p => keys.Contains(p.PartnerId)).OrderBy(p => p.Code), p => p.PartnerId), assumedSize: 5);
        })
        .AddObjectType<PartnerProgram>(d =>
        {
            d.BindFieldsExplicitly().Description("Kerja sama: a partner programme through which workers are reached and enrolled.");
            NodeType.ImplementNode(d, NodeTypeNames.PartnerProgram, p => p.Id);
            d.Field(p => p.Code);
            d.Field(p => p.Name);
            d.Field(p => p.Kind);
            d.Field(p => p.Status);
            d.Field("startsIn").Type("String").Description("First month in force (yyyy-MM).").ParentRequires<PartnerProgram>(p => p.StartsIn).Resolve(ctx => ctx.Parent<PartnerProgram>().StartsIn?.ToString());
            d.Field("endsIn").Type("String").Description("Last month in force (yyyy-MM); null while open-ended.").ParentRequires<PartnerProgram>(p => p.EndsIn).Resolve(ctx => ctx.Parent<PartnerProgram>().EndsIn?.ToString());
            d.Field(p => p.LegalBasis).Description("The regulation or agreement behind it, e.g. Perbup No. 2/2014.");
            d.Field(p => p.Description);
            d.Field("partner").Type("Partner!").ParentRequires<PartnerProgram>(p => p.PartnerId)
                .Resolve(ctx => ctx.LoadByIdAsync("partnerById", ctx.Parent<PartnerProgram>().PartnerId, (db, keys) => db.Partners.Where(p => keys.Contains(p.Id)), p => p.Id));
            d.Field("source").Type("Source").Description("Where the programme is reported.").ParentRequires<PartnerProgram>(p => p.SourceId)
                .Resolve(ctx => ctx.Parent<PartnerProgram>().SourceId is { } id
                    ? ctx.LoadByIdAsync("sourceById", id, (db, keys) => db.Sources.Where(s => keys.Contains(s.Id)), s => s.Id)
                    : Task.FromResult<Data.Provenance.Source?>(null));
            d.Field("offices").Type("[Office!]!").Description("The offices taking part, by code unless ordered.")
                .UseFiltering<Data.Offices.Office>().UseSorting<Data.Offices.Office>()
                .ResolveWithQueryContext<Data.Offices.Office>((ctx, query) => ctx.LoadLinkedAsync(
                    "officesByPartnerProgram",
                    ctx.Parent<PartnerProgram>().Id,
                    query,
                    (db, keys) => db.PartnerProgramOffices.Where(l => keys.Contains(l.PartnerProgramId)).OrderBy(l => l.Office!.Code),
                    l => l.Office!,
                    l => new Linked<Data.Offices.Office>(l.PartnerProgramId, l.Office!)), assumedSize: 10);
            d.Field("enrolledParticipants").Type("Long!").Description("Participants (peserta) enrolled through this programme: a count, never the people.")
                .Resolve(async ctx =>
                {
                    var counts = await ctx.LoadByIdAsync(
                        "enrolmentsByPartnerProgram",
                        ctx.Parent<PartnerProgram>().Id,
                        (db, keys) => db.Participants.Where(p => p.EnrolledThroughPartnerProgramId != null && keys.Contains(p.EnrolledThroughPartnerProgramId.Value))
                            .GroupBy(p => p.EnrolledThroughPartnerProgramId!.Value)
                            .Select(g => new PartnerProgramEnrolment(g.Key, g.LongCount())),
                        c => c.PartnerProgramId).ConfigureAwait(false);
                    return counts?.Count ?? 0L;
                });
        });
}

using BpjsTk.Data.Programs;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Nodes;

namespace BpjsTk.Schema.Programs;

/// <summary>Participant categories, benefit programmes and BPU occupations.</summary>
internal static class ProgramTypes
{
    public static SchemaBuilder AddProgramTypes(this SchemaBuilder builder) => builder
        .AddEnumType<ParticipantCategoryCode>(d => d.Description("Kategori peserta: PU (Penerima Upah, wage earners), BPU (Bukan Penerima Upah, informal), JAKON (Jasa Konstruksi), PMI (Pekerja Migran Indonesia)."))
        .AddEnumType<ProgramCode>(d => d.Description("Programme: JKK work accident, JKM death, JHT old-age savings, JP pension, JKP job loss."))
        .AddObjectType<ParticipantCategory>(d =>
        {
            d.BindFieldsExplicitly().Description("Kategori peserta: a category of participants with its own programmes.");
            d.Field(c => c.Code);
            d.Field(c => c.Name);
            d.Field(c => c.IndonesianName);
        })
        .AddObjectType<BenefitProgram>(d =>
        {
            d.BindFieldsExplicitly().Name("Program").Description("A social-security programme (program) of BPJS Ketenagakerjaan.");
            d.Field(p => p.Code);
            d.Field(p => p.Name);
            d.Field(p => p.IndonesianName);
        })
        .AddObjectType<Occupation>(d =>
        {
            d.BindFieldsExplicitly().Description("Pekerjaan: an occupation of informal (BPU) participants, e.g. pedagang (trader) or nelayan (fisher).");
            NodeType.ImplementNode(d, NodeTypeNames.Occupation, o => o.Id);
            d.Field(o => o.Code);
            d.Field(o => o.Name);
            d.Field(o => o.IndonesianName);
        });
}

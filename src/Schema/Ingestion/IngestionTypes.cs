using BpjsTk.Data.Coverage;
using BpjsTk.Data.Ingestion;
using BpjsTk.Schema.Employers;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Ingestion;

/// <summary>The inputs of the write mutations, what they answer with, and the validation error.</summary>
internal static class IngestionTypes
{
    public static SchemaBuilder AddIngestionTypes(this SchemaBuilder builder) => builder
        .AddMutationType(IngestionMutations.AddFields)
        .AddMutationConventions()
        .AddEnumType<TargetMeasure>()
        .AddEnumType<PotentialUnit>()
        .AddObjectType<ValidationError>(d => d.Description("A broken rule of the input: nothing was written."))
        .AddInputObjectType<UpsertEmployerInput>()
        .AddInputObjectType<RegisterPartnerInput>()
        .AddInputObjectType<RegisterPartnerProgramInput>()
        .AddInputObjectType<RegisterSourceInput>()
        .AddInputObjectType<SetTargetInput>()
        .AddInputObjectType<SetWorkforcePotentialInput>()
        .AddInputObjectType<CoverageFigureInput>()
        .AddInputObjectType<RecordCoverageFiguresInput>()
        .AddObjectType<CoverageFigureWriteSummary>(d => d.Description("What recording figures did: figures added, corrected, and sent again unchanged."))
        .AddObjectType<SetTargetInput>(d => d.Name("Target").Description("A planned figure (target) as it was set."))
        .AddObjectType<SetWorkforcePotentialInput>(d => d.Name("WorkforcePotential").Description("A potential workforce (potensi) as it was set."))
        .AddEnumType<DataChangeAction>()
        .AddObjectType<DataChangeRecord>(d => d.Name("DataChange").Description("One change of loaded data: when (UTC), who, which entity by its natural key, and its values before and after as JSON."))
        .AddObjectType<CollectionSegment<DataChangeRecord>>(d => d.Name("DataChangeCollectionSegment").Description("A page of the change history."));
}

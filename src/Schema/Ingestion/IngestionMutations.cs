using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Ingestion;

/// <summary>The Mutation type: loading reference data, targets, potential workforce and coverage figures. Every field needs the data:write scope.</summary>
internal static class IngestionMutations
{
    public static void AddFields(ObjectTypeDescriptor mutation)
    {
        mutation.Field("upsertEmployer").Type("Employer")
            .Description("Adds an employer, or replaces the details of the one with this NPP. Needs the data:write scope.")
            .Writes<UpsertEmployerInput>((w, ct) => new UpsertEmployerInputValidator(w.Db, w.Time).ValidateAsync(w.Input, ct), EmployerWrites.UpsertAsync);
        mutation.Field("registerPartner").Type("Partner")
            .Description("Adds a partner, or replaces the name and kind of the one with this code. Needs the data:write scope.")
            .Writes<RegisterPartnerInput>((w, ct) => new RegisterPartnerInputValidator().ValidateAsync(w.Input, ct), PartnerWrites.RegisterAsync);
        mutation.Field("registerPartnerProgram").Type("PartnerProgram")
            .Description("Adds a partner programme (kerja sama), or replaces the one with this code, its offices and areas. Needs the data:write scope.")
            .Writes<RegisterPartnerProgramInput>((w, ct) => new RegisterPartnerProgramInputValidator(w.Db).ValidateAsync(w.Input, ct), PartnerProgramWrites.RegisterAsync);
        mutation.Field("registerSource").Type("Source")
            .Description("Adds a source (a publication figures come from), or replaces the details of the one with this code. Needs the data:write scope.")
            .Writes<RegisterSourceInput>((w, ct) => new RegisterSourceInputValidator(w.Db, w.Time).ValidateAsync(w.Input, ct), SourceWrites.RegisterAsync);
        mutation.Field("setTarget").Type("Target")
            .Description("Sets a target for an office or area; setting it again for the same slice, measure and source replaces it. Needs the data:write scope.")
            .Writes<SetTargetInput>((w, ct) => new SetTargetInputValidator(w.Db, w.Time).ValidateAsync(w.Input, ct), TargetWrites.SetAsync);
        mutation.Field("setWorkforcePotential").Type("WorkforcePotential")
            .Description("Sets the potential workforce (potensi) of an area; setting it again for the same slice, unit and source replaces it. Needs the data:write scope.")
            .Writes<SetWorkforcePotentialInput>((w, ct) => new SetWorkforcePotentialInputValidator(w.Db, w.Time).ValidateAsync(w.Input, ct), WorkforcePotentialWrites.SetAsync);
        mutation.Field("recordCoverageFigure").Type("CoverageFigureWriteSummary")
            .Description("Records one coverage figure by its natural key: new, corrected, or unchanged when sent again. Needs the data:write scope.")
            .Writes<CoverageFigureInput>(CoverageFigureWrites.ValidateOneAsync, CoverageFigureWrites.RecordOneAsync, new MutationFieldOptions { InputTypeName = nameof(CoverageFigureInput), PayloadFieldName = "summary" });
        mutation.Field("recordCoverageFigures").Type("CoverageFigureWriteSummary")
            .Description("Records a batch of coverage figures in one transaction: all of them, or none when any row is refused. Needs the data:write scope.")
            .Writes<RecordCoverageFiguresInput>(CoverageFigureWrites.ValidateAsync, CoverageFigureWrites.RecordAsync, new MutationFieldOptions { PayloadFieldName = "summary" });
    }
}

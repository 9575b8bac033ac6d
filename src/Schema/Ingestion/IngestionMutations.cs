using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Ingestion;

/// <summary>The Mutation type: loading reference data, targets, potential workforce and coverage figures. Every field needs the data:write scope.</summary>
internal static class IngestionMutations
{
    public static void AddFields(ObjectTypeDescriptor mutation)
    {
        mutation.Field("upsertEmployer").Type("Employer")
            .Description("Adds an employer, or replaces the details of the one with this NPP. Needs the data:write scope.")
            .Writes<UpsertEmployerInput>((db, time) => new UpsertEmployerInputValidator(db, time), EmployerWrites.UpsertAsync);
        mutation.Field("registerPartner").Type("Partner")
            .Description("Adds a partner, or replaces the name and kind of the one with this code. Needs the data:write scope.")
            .Writes<RegisterPartnerInput>((_, _) => new RegisterPartnerInputValidator(), PartnerWrites.RegisterAsync);
        mutation.Field("registerPartnerProgram").Type("PartnerProgram")
            .Description("Adds a partner programme (kerja sama), or replaces the one with this code, its offices and areas. Needs the data:write scope.")
            .Writes<RegisterPartnerProgramInput>((db, _) => new RegisterPartnerProgramInputValidator(db), PartnerProgramWrites.RegisterAsync);
        mutation.Field("setTarget").Type("Target")
            .Description("Sets a target for an office or area; setting it again for the same slice, measure and source replaces it. Needs the data:write scope.")
            .Writes<SetTargetInput>((db, time) => new SetTargetInputValidator(db, time), TargetWrites.SetAsync);
        mutation.Field("setWorkforcePotential").Type("WorkforcePotential")
            .Description("Sets the potential workforce (potensi) of an area; setting it again for the same slice, unit and source replaces it. Needs the data:write scope.")
            .Writes<SetWorkforcePotentialInput>((db, time) => new SetWorkforcePotentialInputValidator(db, time), WorkforcePotentialWrites.SetAsync);
    }
}

namespace BpjsTk.Schema.Partners;

/// <summary>How many participants enrolled through one partner programme.</summary>
internal sealed record PartnerProgramEnrolment(int PartnerProgramId, long Count);

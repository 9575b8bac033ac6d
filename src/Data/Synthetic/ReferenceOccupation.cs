namespace BpjsTk.Data.Synthetic;

internal sealed record ReferenceOccupation(int Id, string Code);

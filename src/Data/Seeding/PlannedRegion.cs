namespace BpjsTk.Data.Seeding;

public sealed record PlannedRegion(string Code, string Name, string FullName, IReadOnlyList<string> ProvinceCodes);

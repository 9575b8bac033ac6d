namespace BpjsTk.Data.Seeding;

/// <summary>What a seeding run did: zero rows added means the sample data was already complete.</summary>
public sealed record SeedResult(int RowsAdded);

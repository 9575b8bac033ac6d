namespace BpjsTk.Data.Reference;

/// <summary>A province as the reference data lists it: code <c>35</c>, name <c>Jawa Timur</c>.</summary>
public sealed record ProvinceRow(string Code, string Name);

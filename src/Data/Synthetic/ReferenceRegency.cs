using BpjsTk.Data.Geography;

namespace BpjsTk.Data.Synthetic;

/// <summary>What the generator needs to know of a regency.</summary>
internal sealed record ReferenceRegency(int Id, string CompactCode, string Name, RegencyKind Kind, string ProvinceCode, int RegionId);

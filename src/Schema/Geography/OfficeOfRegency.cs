using BpjsTk.Data.Offices;

namespace BpjsTk.Schema.Geography;

/// <summary>An office serving a regency, keyed by the regency for batching.</summary>
internal sealed record OfficeOfRegency(int RegencyId, Office Office);

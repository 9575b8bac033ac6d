namespace BpjsTk.Schema.Membership;

/// <summary>An employer to check, by NPP or NIB, and why the client asks.</summary>
internal sealed record EmployerCheck(string? Npp, string? Nib, string? Purpose);

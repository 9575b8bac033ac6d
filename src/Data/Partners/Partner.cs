namespace BpjsTk.Data.Partners;

/// <summary>An organisation that helps coverage: a bank, a union, a local government, a retailer...</summary>
public sealed class Partner
{
    public int Id { get; set; }

    /// <summary>Stable upper-case code, e.g. <c>BRI</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public PartnerKind Kind { get; set; }

    public List<PartnerProgram> Programs { get; set; } = [];
}

namespace BpjsTk.Data.Geography;

/// <summary>Kabupaten or Kota, identified by its Kemendagri code <c>35.09</c> (compact <c>3509</c>).</summary>
public sealed class Regency
{
    public int Id { get; set; }

    /// <summary>Dotted code, e.g. <c>35.09</c>.</summary>
    public required string Code { get; set; }

    /// <summary>The code without the dot, e.g. <c>3509</c>: the first four digits of a NIK.</summary>
    public required string CompactCode { get; set; }

    /// <summary>Official name with its kind, e.g. <c>Kabupaten Jember</c>.</summary>
    public required string Name { get; set; }

    public RegencyKind Kind { get; set; }

    public int ProvinceId { get; set; }

    public Province? Province { get; set; }

    /// <summary>Builds the compact code from a dotted one.</summary>
    public static string Compact(string code) => code.Replace(".", string.Empty, StringComparison.Ordinal);
}

namespace BpjsTk.Data.Programs;

/// <summary>Pekerjaan of an informal (BPU) participant.</summary>
public sealed class Occupation
{
    public int Id { get; set; }

    /// <summary>Stable upper-case code, e.g. <c>TRADER</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string IndonesianName { get; set; }
}

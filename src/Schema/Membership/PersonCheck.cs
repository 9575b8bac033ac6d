namespace BpjsTk.Schema.Membership;

/// <summary>One applicant to check: the NIK and why the client asks (e.g. the licence application number).</summary>
internal sealed class PersonCheck
{
    public string? Nik { get; set; }

    public string? Purpose { get; set; }
}

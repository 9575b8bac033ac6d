namespace BpjsTk.Schema.Ingestion;

/// <summary>The longest texts the database columns hold (BpjsTk.Data's column lengths), checked before writing.</summary>
internal static class InputLengths
{
    public const int Code = 40;

    public const int Name = 200;

    public const int Title = 300;

    public const int Url = 500;

    public const int Industry = 100;

    public const int LegalBasis = 300;

    public const int Description = 2000;
}

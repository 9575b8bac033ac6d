namespace BpjsTk.Data.Storage;

/// <summary>Column lengths shared by the configurations, so every provider gets the same bounded columns.</summary>
internal static class ColumnLengths
{
    public const int Code = 40;
    public const int Name = 200;
    public const int Title = 300;
    public const int Enum = 40;
    public const int Note = 1000;
    public const int Description = 2000;
    public const int Url = 500;
    public const int LegalBasis = 300;
    public const int Industry = 100;
    public const int Npp = 20;
    public const int Nib = 13;
    public const int Kpj = 11;
    public const int MoneyPrecision = 18;
    public const int MoneyScale = 2;
    public const int RatePrecision = 9;
    public const int RateScale = 4;
    public const int PercentPrecision = 5;
    public const int PercentScale = 2;
}

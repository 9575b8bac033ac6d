using System.Text.RegularExpressions;

namespace BpjsTk.Schema.Membership;

/// <summary>The purpose a check is asked for is stored in the audit in clear, so it must not carry a NIK.</summary>
internal static partial class PurposeRules
{
    public const int MaxLength = 200;

    public static bool HasNoNik(string? purpose) => purpose is null || !SixteenDigits().IsMatch(purpose);

    [GeneratedRegex(@"\d{16}", RegexOptions.CultureInvariant)]
    private static partial Regex SixteenDigits();
}

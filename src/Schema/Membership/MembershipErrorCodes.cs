namespace BpjsTk.Schema.Membership;

/// <summary>The <c>extensions.code</c> values membership checks answer with.</summary>
public static class MembershipErrorCodes
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    public const string RegencyNotAllowed = "AUTH_REGENCY_NOT_ALLOWED";

    public const string NikLength = "NIK_LENGTH";

    public const string NikNotDigits = "NIK_NOT_DIGITS";

    public const string NikRegencyUnknown = "NIK_REGENCY_UNKNOWN";

    public const string NikBirthDateInvalid = "NIK_BIRTH_DATE_INVALID";

    public const string NikSerialInvalid = "NIK_SERIAL_INVALID";

    public const string PurposeRequired = "PURPOSE_REQUIRED";

    public const string PurposeTooLong = "PURPOSE_TOO_LONG";

    public const string PurposeContainsNik = "PURPOSE_CONTAINS_NIK";

    public const string NppInvalid = "NPP_INVALID";

    public const string NibInvalid = "NIB_INVALID";

    public const string EmployerIdentifierRequired = "EMPLOYER_IDENTIFIER_REQUIRED";

    public const string BatchSize = "BATCH_SIZE";

    /// <summary>The check's audit record could not be stored, so the check is not answered.</summary>
    public const string AuditUnavailable = "AUDIT_UNAVAILABLE";
}

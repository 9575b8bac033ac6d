namespace BpjsTk.Schema.Membership;

/// <summary>A check's audit record could not be stored; the check must not be answered.</summary>
public sealed class MembershipAuditException(string message, Exception? innerException) : Exception(message, innerException);

namespace BpjsTk.Schema.Membership;

/// <summary>An employer's registration as a check answers it.</summary>
public enum EmployerRegistrationStatus
{
    Active,
    Inactive,
    Closed,
    NotFound,
}

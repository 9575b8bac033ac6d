namespace BpjsTk.Data.Employers;

public enum EmployerStatus
{
    Active,
    Inactive,
    Closed,
}

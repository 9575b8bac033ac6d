namespace BpjsTk.Data.Employers;

public enum EmployerSizeClass
{
    Micro,
    Small,
    Medium,
    Large,
}

namespace BpjsTk.TestSupport;

/// <summary>A fact that needs PostgreSQL: skipped with a message when the binaries are missing, except under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresBinaries.Available && !PostgresBinaries.Required)
        {
            Skip = PostgresCluster.MissingBinariesMessage;
        }
    }
}

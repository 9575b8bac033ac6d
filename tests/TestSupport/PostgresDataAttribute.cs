using System.Reflection;
using Xunit.Sdk;

namespace BpjsTk.TestSupport;

/// <summary>
/// A theory row that needs PostgreSQL, beside an <c>[InlineData]</c> row for SQLite: skipped with a message when
/// the binaries are missing, except under CI=true.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PostgresDataAttribute : DataAttribute
{
    private readonly object[] _data;

    public PostgresDataAttribute(params object[] data)
    {
        _data = data;
        if (!PostgresBinaries.Available && !PostgresBinaries.Required)
        {
            Skip = PostgresCluster.MissingBinariesMessage;
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [_data];
}

namespace BpjsTk.Schema.Tests.Differential;

/// <summary>
/// A test that compares with graphql-js: skipped with a message when the npm packages are not installed,
/// except under <c>CI=true</c>, where it runs and fails so a missing install cannot pass unnoticed.
/// </summary>
public sealed class GraphQLJsFactAttribute : FactAttribute
{
    public GraphQLJsFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!GraphQLJs.IsInstalled && !underCi)
        {
            Skip = $"graphql-js is not installed: run 'npm ci' in {GraphQLJs.RepositoryRoot} (under CI=true this test fails instead)";
        }
    }
}

namespace BpjsTk.Api.Health;

/// <summary>Tags that decide which health checks an endpoint runs.</summary>
internal static class HealthTags
{
    /// <summary>Checks that must pass before the instance takes traffic (<c>/readyz</c>), e.g. the database.</summary>
    public const string Ready = "ready";
}

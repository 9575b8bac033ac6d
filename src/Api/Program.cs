using BpjsTk.Api.Cli;

return await ApiCommandLine.InvokeAsync(args);

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

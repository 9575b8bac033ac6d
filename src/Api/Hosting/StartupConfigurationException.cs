namespace BpjsTk.Api.Hosting;

/// <summary>A configuration problem that stops a verb with one clear line instead of a stack trace.</summary>
internal sealed class StartupConfigurationException(string message) : Exception(message);

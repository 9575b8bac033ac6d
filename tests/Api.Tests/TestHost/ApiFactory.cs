using BpjsTk.GraphQL.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>The API with <see cref="FixedSchemaExecutor"/> as its schema, configurable per test, logging into <see cref="Logs"/>.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _withSchema;
    private readonly Action<IServiceCollection>? _services;

    public ApiFactory() : this(new Dictionary<string, string?>())
    {
    }

    internal ApiFactory(IReadOnlyDictionary<string, string?> settings, bool withSchema = true, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _withSchema = withSchema;
        _services = services;
    }

    internal CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            if (_withSchema)
            {
                services.TryAddSingleton<IRequestExecutor, FixedSchemaExecutor>();
                services.TryAddSingleton(FixedSchema.Build());
            }
            _services?.Invoke(services);
        });
    }
}

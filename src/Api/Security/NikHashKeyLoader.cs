using System.Security.Cryptography;
using BpjsTk.Api.Hosting;

namespace BpjsTk.Api.Security;

/// <summary>
/// Reads the NIK hash key from <c>Security:NikHashKey</c> (base64, at least 32 bytes). Outside
/// Production a missing key is generated once and kept in <c>data/nik-hash.key</c>, so hashes stay
/// stable across restarts; in Production a missing key stops the start with one clear line.
/// </summary>
internal static class NikHashKeyLoader
{
    public const string ConfigurationKey = "Security:NikHashKey";
    public const string DevelopmentKeyFile = "data/nik-hash.key";
    private const int MinimumKeyBytes = 32;

    public static NikHashKey Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new NikHashKey(Decode(configured, ConfigurationKey), IsGeneratedForDevelopment: false);
        }

        if (environment.IsProduction())
        {
            throw new StartupConfigurationException(
                $"{ConfigurationKey} is not set. Production needs a fixed secret: set it to base64 of at least {MinimumKeyBytes} random bytes (e.g. `openssl rand -base64 32`).");
        }

        var path = Path.Combine(environment.ContentRootPath, DevelopmentKeyFile);
        if (File.Exists(path))
        {
            return new NikHashKey(Decode(File.ReadAllText(path).Trim(), path), IsGeneratedForDevelopment: true);
        }

        var key = RandomNumberGenerator.GetBytes(MinimumKeyBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return new NikHashKey(key, IsGeneratedForDevelopment: true);
    }

    private static byte[] Decode(string base64, string origin)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new StartupConfigurationException($"{origin} is not base64.");
        }

        return key.Length >= MinimumKeyBytes
            ? key
            : throw new StartupConfigurationException($"{origin} holds {key.Length} bytes; at least {MinimumKeyBytes} are needed.");
    }
}

using System.Reflection;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.BananaCakePop;

/// <summary>Finds the folder of Banana Cake Pop's static files: the configured path, else the one the build installed.</summary>
internal sealed class BananaCakePopAssets(IOptions<BananaCakePopOptions> options, IWebHostEnvironment environment)
{
    /// <summary>The assembly metadata key the build writes the installed package's folder under.</summary>
    public const string BuildPathMetadataKey = "BananaCakePopAssetsPath";

    public string Directory { get; } = Resolve(options.Value.AssetsPath, environment.ContentRootPath);

    public string IndexFile => Path.Combine(Directory, "index.html");

    /// <summary>Checked per request so a page that said "not installed" recovers once the files are there.</summary>
    public bool IsInstalled => File.Exists(IndexFile);

    private static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }
        var built = typeof(BananaCakePopAssets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == BuildPathMetadataKey)?.Value;
        return Path.GetFullPath(built ?? Path.Combine("node_modules", BananaCakePopOptions.PackageName), contentRoot);
    }
}

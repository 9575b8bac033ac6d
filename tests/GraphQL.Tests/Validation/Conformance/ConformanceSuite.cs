using System.Globalization;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BpjsTk.GraphQL.Tests.Validation.Conformance;

/// <summary>Loads the graphql-js validation cases and their schemas, copied beside this file.</summary>
internal static class ConformanceSuite
{
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> LazyCases = new(LoadCases);
    private static readonly Lazy<IReadOnlyDictionary<string, ConformanceCase>> LazyByKey = new(() => LazyCases.Value.ToDictionary(c => c.Key, StringComparer.Ordinal));
    private static readonly Lazy<IReadOnlyList<string>> LazySchemaTexts = new(LoadSchemaTexts);
    private static readonly Dictionary<string, Schema> Schemas = new(StringComparer.Ordinal);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Validation", "Conformance", "spec");

    public static IReadOnlyList<ConformanceCase> Cases => LazyCases.Value;

    /// <summary>The cases by a stable, readable key: the spec file, the case's index in it, and its name.</summary>
    public static IReadOnlyDictionary<string, ConformanceCase> ByKey => LazyByKey.Value;

    /// <summary>The schema a case names: an index into schemas.yml, or SDL written in the case.</summary>
    public static Schema GetSchema(string reference)
    {
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(reference, out var schema))
            {
                var sdl = int.TryParse(reference, CultureInfo.InvariantCulture, out var index) ? LazySchemaTexts.Value[index] : reference;
                schema = ConformanceSchemaBuilder.Build(sdl);
                Schemas[reference] = schema;
            }

            return schema;
        }
    }

    private static IDeserializer Deserializer() => new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private static List<ConformanceCase> LoadCases()
    {
        var cases = new List<ConformanceCase>();
        foreach (var file in Directory.GetFiles(Folder, "*Rule.spec.yml").Order(StringComparer.Ordinal))
        {
            var fileCases = Deserializer().Deserialize<List<ConformanceCase>?>(File.ReadAllText(file)) ?? [];
            for (var i = 0; i < fileCases.Count; i++)
            {
                fileCases[i].Key = $"{Path.GetFileNameWithoutExtension(file)}#{i}: {fileCases[i].Name}";
                cases.Add(fileCases[i]);
            }
        }

        return cases;
    }

    private static List<string> LoadSchemaTexts() => Deserializer().Deserialize<List<string>>(File.ReadAllText(Path.Combine(Folder, "schemas.yml")));
}

namespace BpjsTk.GraphQL.Tests.Differential;

/// <summary>
/// Reads <c>corpus/*.graphql</c>: each file holds the cases of one feature, each case starting at a line
/// <c>### name</c>; a case's lines <c># variables: {json}</c> and <c># operationName: Name</c> configure it
/// and, being GraphQL comments, stay in its document.
/// </summary>
internal static class DifferentialCorpus
{
    private const string VariablesPrefix = "# variables:";
    private const string OperationNamePrefix = "# operationName:";

    public static string Folder { get; } = Path.Combine(Utilities.GraphQLJs.RepositoryRoot, "tests", "GraphQL.Tests", "Differential");

    public static IReadOnlyList<DifferentialCase> Load()
    {
        var cases = new List<DifferentialCase>();
        foreach (var file in Directory.GetFiles(Path.Combine(Folder, "corpus"), "*.graphql").Order(StringComparer.Ordinal))
        {
            var feature = Path.GetFileNameWithoutExtension(file);
            string? name = null;
            var lines = new List<string>();
            foreach (var line in File.ReadAllLines(file))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    AddCase(cases, feature, name, lines);
                    name = line[4..].Trim();
                    lines.Clear();
                }
                else if (name is not null)
                {
                    lines.Add(line);
                }
            }

            AddCase(cases, feature, name, lines);
        }

        return cases;
    }

    private static void AddCase(List<DifferentialCase> cases, string feature, string? name, List<string> lines)
    {
        if (name is null)
        {
            return;
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var variables = lines.FirstOrDefault(l => l.StartsWith(VariablesPrefix, StringComparison.Ordinal))?[VariablesPrefix.Length..].Trim();
        var operationName = lines.FirstOrDefault(l => l.StartsWith(OperationNamePrefix, StringComparison.Ordinal))?[OperationNamePrefix.Length..].Trim();
        cases.Add(new DifferentialCase($"{feature}/{name}", string.Join('\n', lines), variables, operationName));
    }
}

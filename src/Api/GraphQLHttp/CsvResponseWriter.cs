using System.Text.Json;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>
/// Writes the <c>data</c> of a GraphQL result as CSV (RFC 4180) for Excel and Power BI: one row per element of the
/// first list of objects in the result, columns named by their dotted path from <c>data</c>
/// (<c>coverage.items.region.name</c>), nested lists joined into one cell with "; ".
/// </summary>
public static class CsvResponseWriter
{
    public const string MediaType = "text/csv";

    private const string ListSeparator = "; ";

    /// <summary>The CSV text for <paramref name="data"/>, the <c>data</c> member of an execution result (null gives an empty text).</summary>
    public static string Write(JsonElement data)
    {
        using var writer = new StringWriter { NewLine = "\r\n" };
        Write(data, writer);
        return writer.ToString();
    }

    /// <summary>Writes the header and the rows of <paramref name="data"/> to <paramref name="writer"/>, each line ended by CRLF.</summary>
    public static void Write(JsonElement data, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (data.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var rows = new List<Dictionary<string, string>>();
        var columns = new List<string>();
        if (FindRowList(data, string.Empty) is { } rowList)
        {
            foreach (var item in rowList.Items.EnumerateArray())
            {
                rows.Add(Flatten(item, rowList.Path, columns));
            }
        }
        else
        {
            rows.Add(Flatten(data, string.Empty, columns));
        }

        columns = MergeNullObjects(columns);
        WriteLine(writer, columns);
        foreach (var row in rows)
        {
            WriteLine(writer, columns.Select(c => row.TryGetValue(c, out var value) ? value : string.Empty));
        }
    }

    // a null object in one row and its fields in another are one set of columns: the fields, where the object first appeared
    private static List<string> MergeNullObjects(List<string> columns)
    {
        var merged = new List<string>(columns.Count);
        foreach (var column in columns)
        {
            var fields = columns.Where(c => c.StartsWith(column + ".", StringComparison.Ordinal)).ToList();
            foreach (var name in fields.Count == 0 ? [column] : fields)
            {
                if (!merged.Contains(name))
                {
                    merged.Add(name);
                }
            }
        }

        return merged;
    }

    // the rows of a report are the first list of objects met in field order, as deep as the selection put it
    private static (string Path, JsonElement Items)? FindRowList(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                return value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object) ? (path, value) : null;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (FindRowList(property.Value, Join(path, property.Name)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static Dictionary<string, string> Flatten(JsonElement item, string path, List<string> columns)
    {
        var cells = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Collect(item, path, cells, columns);
        return cells.ToDictionary(c => c.Key, c => string.Join(ListSeparator, c.Value), StringComparer.Ordinal);
    }

    private static void Collect(JsonElement value, string path, Dictionary<string, List<string>> cells, List<string> columns)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Collect(property.Value, Join(path, property.Name), cells, columns);
                }

                break;
            case JsonValueKind.Array:
                foreach (var element in value.EnumerateArray())
                {
                    Collect(element, path, cells, columns);
                }

                if (!cells.ContainsKey(path) && value.GetArrayLength() == 0)
                {
                    Add(cells, columns, path, null);
                }

                break;
            default:
                Add(cells, columns, path, Text(value));
                break;
        }
    }

    private static void Add(Dictionary<string, List<string>> cells, List<string> columns, string path, string? text)
    {
        if (!cells.TryGetValue(path, out var values))
        {
            values = [];
            cells[path] = values;
            if (!columns.Contains(path))
            {
                columns.Add(path);
            }
        }

        if (text is not null)
        {
            values.Add(text);
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => DefuseFormula(value.GetString()!),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    // a text cell starting like a formula would be run by Excel (CSV injection); a leading apostrophe keeps it text
    private static string DefuseFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static void WriteLine(TextWriter writer, IEnumerable<string> fields) =>
        writer.WriteLine(string.Join(',', fields.Select(Quote)));

    // RFC 4180 section 2: fields with a comma, a double quote or a line break are quoted, quotes doubled
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}

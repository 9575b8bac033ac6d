using System.Reflection;
using System.Runtime.CompilerServices;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data.Projections;

/// <summary>
/// The parent properties a resolver field reads (a foreign key for its DataLoader, a column it formats): a projection
/// that selects the field reads them too, though the client did not ask for them (HotChocolate's <c>ParentRequires</c>).
/// </summary>
internal sealed class ProjectionRequirements
{
    private static readonly ConditionalWeakTable<FieldConfig, List<PropertyInfo>> ByField = new();

    private readonly Dictionary<string, IReadOnlyList<PropertyInfo>> _byCoordinate = new(StringComparer.Ordinal);

    public static void Add(FieldConfig field, IEnumerable<PropertyInfo> properties) =>
        ByField.GetOrCreateValue(field).AddRange(properties);

    /// <summary>Records the requirements of every field of the schema under its coordinate, once the type names are final.</summary>
    public void Collect(IEnumerable<OutputTypeConfig> types)
    {
        foreach (var type in types)
        {
            foreach (var field in type.Fields)
            {
                if (ByField.TryGetValue(field, out var properties))
                {
                    _byCoordinate[$"{type.Name}.{field.Name}"] = properties;
                }
            }
        }
    }

    public IReadOnlyList<PropertyInfo> Of(OutputField field) =>
        _byCoordinate.TryGetValue(field.Coordinate, out var properties) ? properties : [];
}

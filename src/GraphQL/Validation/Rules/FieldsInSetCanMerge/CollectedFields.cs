namespace BpjsTk.GraphQL.Validation.FieldsInSetCanMerge;

/// <summary>
/// The fields of a selection set grouped by response name in document order, inline fragments
/// flattened, and the names of the fragments it spreads (each once, in order of first spread).
/// </summary>
internal sealed class CollectedFields
{
    private Dictionary<CollectedFields, List<OverlappingFields>>? _overlaps;

    public Dictionary<string, List<FieldOccurrence>> FieldsByResponseName { get; } = new(StringComparer.Ordinal);

    /// <summary>The response names in the order they first appear.</summary>
    public List<string> ResponseNames { get; } = [];

    public List<string> FragmentNames { get; } = [];

    public void Add(string responseName, FieldOccurrence field)
    {
        if (!FieldsByResponseName.TryGetValue(responseName, out var fields))
        {
            fields = [];
            FieldsByResponseName.Add(responseName, fields);
            ResponseNames.Add(responseName);
        }

        fields.Add(field);
    }

    /// <summary>The response names both sets select, with each side's fields; cached per pair of sets.</summary>
    public List<OverlappingFields> OverlapWith(CollectedFields other)
    {
        _overlaps ??= [];
        if (_overlaps.TryGetValue(other, out var cached))
        {
            return cached;
        }

        var overlapping = new List<OverlappingFields>();
        foreach (var responseName in ResponseNames)
        {
            if (other.FieldsByResponseName.TryGetValue(responseName, out var otherFields))
            {
                overlapping.Add(new OverlappingFields(responseName, FieldsByResponseName[responseName], otherFields));
            }
        }

        _overlaps.Add(other, overlapping);
        return overlapping;
    }
}

namespace BpjsTk.GraphQL.Validation.FieldsInSetCanMerge;

/// <summary>A response name selected by two sets, with the fields each set gives it.</summary>
internal sealed record OverlappingFields(string ResponseName, List<FieldOccurrence> Fields1, List<FieldOccurrence> Fields2);

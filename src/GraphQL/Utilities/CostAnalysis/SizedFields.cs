namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>The child list fields of a connection (<c>@listSize(sizedFields:)</c>) and the size they take from it.</summary>
/// <param name="Names">The child field names, e.g. <c>edges</c> and <c>nodes</c>.</param>
/// <param name="Size">The connection's size.</param>
internal sealed record SizedFields(IReadOnlySet<string> Names, double Size)
{
    /// <summary>Tells sizing contexts apart when fragment costs are memoised.</summary>
    public string Key { get; } = string.Join(',', Names.Order(StringComparer.Ordinal)) + "@" + Size.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Runtime.CompilerServices;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data;

/// <summary>The data features a field asked for, kept beside its config until the schema is completed.</summary>
internal sealed class DataFieldFeatures
{
    private static readonly ConditionalWeakTable<FieldConfig, DataFieldFeatures> ByField = new();

    public Type? ElementType { get; set; }

    public bool Filtering { get; set; }

    public bool Sorting { get; set; }

    public bool Projection { get; set; }

    public PagingKind Paging { get; set; }

    /// <summary>The resolver applies <c>where</c> and <c>order</c> itself (through a <see cref="QueryContext{T}"/>); the result is returned as it is.</summary>
    public bool AppliedByResolver { get; set; }

    /// <summary>The resolver also pages the result with the field's own arguments (an offset page it builds), so the field gets no <c>first</c>.</summary>
    public bool PagedByResolver { get; set; }

    public PagingOptions PagingOptions { get; set; } = PagingOptions.Default;

    /// <summary>How many items a list the resolver loads is assumed to hold per parent when the client gives no <c>first</c> (its <c>@listSize</c>).</summary>
    public int AssumedSize { get; set; } = 10;

    public DataModel Model { get; set; } = DataModel.Default;

    public static DataFieldFeatures Of(FieldConfig field) => ByField.GetOrCreateValue(field);

    public static bool TryGet(FieldConfig field, out DataFieldFeatures? features) => ByField.TryGetValue(field, out features);

    public void SetElementType(Type type)
    {
        if (ElementType is not null && ElementType != type)
        {
            throw new InvalidOperationException($"A field cannot page, filter or sort both {ElementType.Name} and {type.Name}.");
        }

        ElementType = type;
    }
}

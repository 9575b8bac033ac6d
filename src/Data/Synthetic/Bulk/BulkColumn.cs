using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BpjsTk.Data.Synthetic.Bulk;

/// <summary>One column of a bulk-loaded table: where it is, how to read it off an entity and convert it for the provider.</summary>
internal sealed record BulkColumn(string Name, string StoreType, IClrPropertyGetter Getter, ValueConverter? Converter)
{
    public object? ValueOf(object entity)
    {
        var value = Getter.GetClrValueUsingContainingEntity(entity);
        return value is null || Converter is null ? value : Converter.ConvertToProvider(value);
    }

    /// <summary>The type name without its length or precision (<c>character varying(11)</c> is <c>character varying</c>).</summary>
    public string BaseStoreType
    {
        get
        {
            var parenthesis = StoreType.IndexOf('(', StringComparison.Ordinal);
            return parenthesis < 0 ? StoreType : StoreType[..parenthesis].TrimEnd();
        }
    }
}

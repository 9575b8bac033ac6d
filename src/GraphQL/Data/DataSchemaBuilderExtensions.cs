using System.Runtime.CompilerServices;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data;

/// <summary>Registers the data features with a schema builder.</summary>
public static class DataSchemaBuilderExtensions
{
    private static readonly ConditionalWeakTable<SchemaBuilder, object> Registered = new();
    private static readonly ConditionalWeakTable<SchemaBuilder, DataModel> Models = new();

    /// <summary>
    /// Generates the filter, sort, connection and segment types of every field that uses
    /// <c>UseFiltering</c>, <c>UseSorting</c>, <c>UsePaging</c> or <c>UseOffsetPaging</c>, and declares <c>@listSize</c> unless the schema does (e.g. with <c>CostDirectives.Sdl</c>).
    /// </summary>
    public static SchemaBuilder AddDataFeatures(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Registered.TryGetValue(builder, out _))
        {
            return builder;
        }

        Registered.Add(builder, new object());
        builder.Bindings.Add(completer => new DataTypesBinding(builder, completer, Models.GetOrCreateValue(builder)).Apply());
        return builder;
    }

    /// <summary>Customises the filter and sort types inferred from <typeparamref name="T"/> for every field of this schema.</summary>
    public static SchemaBuilder ConfigureDataType<T>(this SchemaBuilder builder, Action<DataTypeDescriptor<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        configure(new DataTypeDescriptor<T>(Models.GetOrCreateValue(builder).Settings(typeof(T))));
        return builder;
    }
}

using System.Runtime.CompilerServices;

namespace BpjsTk.GraphQL.Types;

/// <summary>Registers the mutation convention with a schema builder.</summary>
public static class MutationConventionSchemaBuilderExtensions
{
    private static readonly ConditionalWeakTable<SchemaBuilder, object> Registered = new();

    /// <summary>
    /// Generates the input, payload and error union types of every field that uses <c>UseMutationConvention</c>,
    /// and the <c>Error</c> interface (<c>message: String!</c>) their error types implement unless the schema declares it.
    /// </summary>
    public static SchemaBuilder AddMutationConventions(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Registered.TryGetValue(builder, out _))
        {
            return builder;
        }

        Registered.Add(builder, new object());
        builder.Bindings.Add(completer => new MutationConventionBinding(builder, completer).Apply());
        return builder;
    }
}

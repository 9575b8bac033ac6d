using System.Runtime.CompilerServices;

namespace BpjsTk.GraphQL.Types;

/// <summary>What a field asked of the mutation convention, kept beside its config until the schema is completed.</summary>
internal sealed class MutationConvention
{
    private static readonly ConditionalWeakTable<FieldConfig, MutationConvention> ByField = new();

    public bool Enabled { get; set; }

    public MutationFieldOptions Options { get; set; } = new();

    /// <summary>The error object types, by GraphQL name or by the CLR type they are bound to.</summary>
    public List<ErrorTypeReference> ErrorTypes { get; } = [];

    public static MutationConvention Of(FieldConfig field) => ByField.GetOrCreateValue(field);

    public static bool TryGet(FieldConfig field, out MutationConvention? convention) => ByField.TryGetValue(field, out convention);
}

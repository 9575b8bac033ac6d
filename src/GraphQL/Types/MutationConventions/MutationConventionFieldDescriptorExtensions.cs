namespace BpjsTk.GraphQL.Types;

/// <summary>
/// HotChocolate's mutation convention for a field: its arguments become one <c>input: {Field}Input!</c>, its type becomes
/// the result field of a <c>{Field}Payload!</c>, and the errors it declares become the payload's <c>errors: [{Field}Error!]</c>.
/// The resolver still reads its arguments by name and returns its result, or <see cref="MutationErrors"/>. A field that already
/// takes <c>input: {Field}Input!</c> keeps that argument and reads it whole. The schema builder needs <c>AddMutationConventions()</c>.
/// </summary>
/// <example>
/// <code>
/// mutation.Field("renameOffice").Type("Office")
///     .Argument("code", a => a.Type("String!"))
///     .Argument("name", a => a.Type("String!"))
///     .UseMutationConvention()
///     .Error&lt;OfficeNotFoundError&gt;()
///     .Resolve(ctx => Rename(ctx.ArgumentValue&lt;string&gt;("code"), ctx.ArgumentValue&lt;string&gt;("name")));
/// </code>
/// </example>
public static class MutationConventionFieldDescriptorExtensions
{
    /// <summary>Applies the mutation convention to this field, with HotChocolate's names unless <paramref name="options"/> gives others.</summary>
    public static FieldDescriptor UseMutationConvention(this FieldDescriptor field, MutationFieldOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        var convention = MutationConvention.Of(field.Config);
        convention.Enabled = true;
        convention.Options = options ?? convention.Options;
        return field;
    }

    /// <summary>Declares an error the field may return: an object type bound to <typeparamref name="TError"/>, added (named after it) when the schema has none.</summary>
    public static FieldDescriptor Error<TError>(this FieldDescriptor field)
        where TError : class
    {
        ArgumentNullException.ThrowIfNull(field);
        MutationConvention.Of(field.Config).ErrorTypes.Add(new ErrorTypeReference(null, typeof(TError)));
        return field;
    }

    /// <summary>Declares an error the field may return by the name of an object type the schema declares.</summary>
    public static FieldDescriptor Error(this FieldDescriptor field, string objectTypeName)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentException.ThrowIfNullOrEmpty(objectTypeName);
        MutationConvention.Of(field.Config).ErrorTypes.Add(new ErrorTypeReference(objectTypeName, null));
        return field;
    }
}

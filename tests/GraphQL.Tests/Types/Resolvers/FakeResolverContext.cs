using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Types.Resolvers;

/// <summary>A resolver context with a parent and arguments, standing in for the executor's.</summary>
internal sealed class FakeResolverContext(Schema schema, ObjectType objectType, OutputField outputField, object? parent, IReadOnlyDictionary<string, object?>? arguments = null) : IResolverContext
{
    public Schema Schema => schema;

    public ObjectType ObjectType => objectType;

    public OutputField Field => outputField;

    public IFieldSelection Selection => throw new NotSupportedException();

    public ResultPath Path => ResultPath.Root.Append(outputField.Name);

    public IServiceProvider Services => throw new NotSupportedException();

    public CancellationToken RequestAborted => CancellationToken.None;

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public List<GraphQLError> Errors { get; } = [];

    public T Parent<T>() => (T)parent!;

    public T ArgumentValue<T>(string name) => (T)arguments![name]!;

    public bool HasArgument(string name) => arguments?.ContainsKey(name) == true;

    public T Service<T>()
        where T : notnull => throw new NotSupportedException();

    public void ReportError(GraphQLError error) => Errors.Add(error);

    public static ValueTask<object?> Resolve(Schema schema, string typeName, string fieldName, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var type = schema.GetType<ObjectType>(typeName);
        var field = type.Fields[fieldName];
        return field.Resolver!(new FakeResolverContext(schema, type, field, parent, arguments));
    }
}

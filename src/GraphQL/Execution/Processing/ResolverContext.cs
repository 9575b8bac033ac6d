using BpjsTk.GraphQL.Execution.Planning;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution.Processing;

/// <summary>What one resolver call sees: the parent value, the coerced arguments, the request's services and loaders.</summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly OperationRunner _runner;
    private readonly FieldSelection _selection;
    private readonly object? _parent;
    private readonly IReadOnlyDictionary<string, object?> _arguments;
    private readonly FieldCollection<InputValue> _argumentDefinitions;

    private readonly ResultPath _parentPath;
    private ResultPath? _path;

    public ResolverContext(OperationRunner runner, ObjectType objectType, FieldSelection selection, object? parent, ResultPath parentPath, IReadOnlyDictionary<string, object?> arguments)
    {
        _runner = runner;
        ObjectType = objectType;
        _selection = selection;
        _parent = parent;
        _parentPath = parentPath;
        _arguments = arguments;
        _argumentDefinitions = selection.Field.Arguments;
    }

    private ResolverContext(ResolverContext context, IReadOnlyDictionary<string, object?> arguments, FieldCollection<InputValue> definitions)
        : this(context._runner, context.ObjectType, context._selection, context._parent, context._parentPath, arguments)
    {
        _argumentDefinitions = definitions;
    }

    public Schema Schema => _runner.Schema;

    public ObjectType ObjectType { get; }

    public OutputField Field => _selection.Field;

    public IFieldSelection Selection => _selection;

    /// <summary>The field's path, made on first use: most leaf fields never need theirs.</summary>
    public ResultPath Path => _path ??= _parentPath.Append(_selection.ResponseName);

    public IServiceProvider Services => _runner.Services;

    public CancellationToken RequestAborted => _runner.RequestAborted;

    public IDictionary<string, object?> ContextData => _runner.ContextData;

    /// <summary>The request's loaders, for the DataLoader extensions.</summary>
    internal DataLoading.DataLoaderRegistry DataLoaders => _runner.DataLoaders;

    public T Parent<T>() => _parent is null ? default! : (T)_parent;

    /// <summary>
    /// The parent value as <see cref="Parent{T}"/> gives it, without a generic call through the interface (a dispatch
    /// lookup on every call) when the context is the executor's own: for the built-in resolvers, which run for every field.
    /// </summary>
    internal static T ParentOf<T>(IResolverContext context) => context is ResolverContext own
        ? own._parent is null ? default! : (T)own._parent
        : context.Parent<T>();

    public T ArgumentValue<T>(string name)
    {
        if (!_arguments.TryGetValue(name, out var value) || value is null)
        {
            return default!;
        }

        if (value is T typed)
        {
            return typed;
        }

        return _argumentDefinitions.TryGetField(name, out var argument)
            ? InputValueConverter.Convert<T>(value, argument.Type)
            : InputValueConverter.Convert<T>(value);
    }

    public bool HasArgument(string name) => _arguments.ContainsKey(name);

    /// <summary>The same call seeing other arguments, e.g. the fields of a mutation's input object as if they were the field's arguments.</summary>
    internal ResolverContext WithArguments(IReadOnlyDictionary<string, object?> arguments, FieldCollection<InputValue> definitions) =>
        new(this, arguments, definitions);

    public T Service<T>()
        where T : notnull =>
        Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered for this request.");

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _runner.Errors.Add(error with
        {
            Path = error.Path ?? Path.ToList(),
            Locations = error.Locations.Count > 0 ? error.Locations : _selection.Locations,
        });
    }
}

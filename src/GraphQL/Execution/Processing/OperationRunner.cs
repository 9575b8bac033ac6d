using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using BpjsTk.GraphQL.Execution.DataLoading;
using BpjsTk.GraphQL.Execution.Planning;
using BpjsTk.GraphQL.Execution.Results;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution.Processing;

/// <summary>
/// Executes one operation (spec 6.2-6.4): root fields of queries start together and are awaited in
/// order, mutation root fields run one after another; every value is completed into a result tree,
/// with field errors nulling the nearest nullable position (spec 6.4.4).
/// </summary>
[SuppressMessage("Reliability", "CA2012", Justification = "Each ValueTask is consumed once: its result when it completed synchronously, else one await.")]
internal sealed class OperationRunner
{
    private readonly OperationPlan _plan;
    private readonly object? _rootValue;
    private readonly BatchScheduler _scheduler;
    private readonly bool _includeExceptionDetails;
    private ConcurrentDictionary<FieldSelection, ArgumentValues>? _argumentsWithVariables;

    public OperationRunner(OperationPlan plan, IReadOnlyDictionary<string, object?> variables, ExecutionOptions options, IServiceProvider? services, IReadOnlyDictionary<string, object?>? contextData, CancellationToken requestAborted)
    {
        _plan = plan;
        Variables = variables;
        _rootValue = options.RootValue;
        _includeExceptionDetails = options.IncludeExceptionDetails;
        Services = services ?? options.Services ?? EmptyServiceProvider.Instance;
        ContextData = contextData is null ? new ConcurrentDictionary<string, object?>(StringComparer.Ordinal) : new ConcurrentDictionary<string, object?>(contextData, StringComparer.Ordinal);
        RequestAborted = requestAborted;
        Errors = new ErrorCollector(options.MaxErrors);
        _scheduler = new BatchScheduler(requestAborted);
        DataLoaders = new DataLoaderRegistry(_scheduler);
    }

    public Schema Schema => _plan.Schema;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public IDictionary<string, object?> ContextData { get; }

    public CancellationToken RequestAborted { get; }

    public ErrorCollector Errors { get; }

    public DataLoaderRegistry DataLoaders { get; }

    /// <summary>Runs the operation; throws <see cref="OperationCanceledException"/> when <see cref="RequestAborted"/> fires.</summary>
    public async ValueTask<ResultObject?> RunAsync()
    {
        var root = _plan.Root;
        object? data;
        _scheduler.Enter();
        try
        {
            if (_plan.Operation.Operation == OperationType.Mutation)
            {
                data = await ExecuteSeriallyAsync(root).ConfigureAwait(false);
            }
            else
            {
                var pending = ExecuteSelectionSet(_plan.RootType, _rootValue, root, ResultPath.Root);
                data = pending.IsCompletedSuccessfully ? pending.Result : await SuspendedAsync(pending).ConfigureAwait(false);
            }
        }
        finally
        {
            _scheduler.Exit();
        }

        // spec 6.4.4: a null propagated to the root makes data null
        return data as ResultObject;
    }

    // spec 6.2.2 Mutation: each root field completes before the next starts
    private async ValueTask<object?> ExecuteSeriallyAsync(SelectionSetPlan root)
    {
        var result = new ResultObject(root);
        for (var i = 0; i < root.Fields.Length; i++)
        {
            var field = root.Fields[i];
            var pending = ExecuteField(_plan.RootType, _rootValue, field, ResultPath.Root);
            var value = pending.IsCompletedSuccessfully ? pending.Result : await SuspendedAsync(pending).ConfigureAwait(false);
            if (value is PropagatedNull)
            {
                // data is null now: the mutations after this one are not run, as graphql-js does
                return value;
            }

            result.Values[i] = value;
        }

        return result;
    }

    // spec 6.3 ExecuteSelectionSet: every field starts before any is awaited; each fills its own slot
    private ValueTask<object?> ExecuteSelectionSet(ObjectType type, object? parent, SelectionSetPlan plan, ResultPath path)
    {
        var result = new ResultObject(plan);
        var fields = plan.Fields;
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var failed = false;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var value = ExecuteField(type, parent, field, path);
            if (value.IsCompletedSuccessfully)
            {
                result.Values[i] = value.Result;
                failed |= value.Result is PropagatedNull;
            }
            else
            {
                (pending ??= []).Add((i, value));
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(failed ? PropagatedNull.Instance : result);
        }

        return AwaitFieldsAsync(result, pending, failed);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultObject result, List<(int Index, ValueTask<object?> Task)> pending, bool failed)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            result.Values[index] = value;
            failed |= value is PropagatedNull;
        }

        return failed ? PropagatedNull.Instance : result;
    }

    private ValueTask<object?> ExecuteField(ObjectType type, object? parent, FieldSelection selection, ResultPath parentPath)
    {
        // spec 4.4 Type Name Introspection
        return selection.IsTypeName ? new ValueTask<object?>(type.Name) : ExecuteFieldAsync(type, parent, selection, parentPath);
    }

    // spec 6.4 ExecuteField: coerce arguments, resolve, complete
    private async ValueTask<object?> ExecuteFieldAsync(ObjectType type, object? parent, FieldSelection selection, ResultPath parentPath)
    {
        var fieldType = selection.Field.Type;
        _scheduler.Enter();
        try
        {
            RequestAborted.ThrowIfCancellationRequested();
            var arguments = GetArguments(selection);
            if (arguments.Error is { } argumentError)
            {
                Errors.Add(argumentError with { Path = parentPath.Append(selection.ResponseName).ToList() });
                return NullFor(fieldType);
            }

            var context = new ResolverContext(this, type, selection, parent, parentPath, arguments.Values);
            object? value;
            try
            {
                var resolver = selection.Field.Resolver ?? DefaultFieldResolver.For(selection.Name);
                var resolving = resolver(context);
                value = resolving.IsCompletedSuccessfully ? resolving.Result : await resolving.ConfigureAwait(false);
                if (value is not null && fieldType.NullableType() is ListType && AsyncLists.IsAsyncStream(value))
                {
                    value = await AsyncLists.ReadAllAsync(value, RequestAborted).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (!IsAbort(e))
            {
                ReportException(e, selection, context.Path);
                return NullFor(fieldType);
            }

            var completing = CompleteValue(fieldType, context, selection, value, null);
            return completing.IsCompletedSuccessfully ? completing.Result : await SuspendedAsync(completing).ConfigureAwait(false);
        }
        finally
        {
            _scheduler.Exit();
        }
    }

    /// <summary>Awaits child work; meanwhile this strand counts as waiting, so loaders may dispatch.</summary>
    private async ValueTask<object?> SuspendedAsync(ValueTask<object?> pending)
    {
        _scheduler.Exit();
        try
        {
            return await pending.ConfigureAwait(false);
        }
        finally
        {
            _scheduler.Enter();
        }
    }

    // spec 6.4.3 CompleteValue
    private ValueTask<object?> CompleteValue(IType type, ResolverContext context, FieldSelection selection, object? value, ResultPath? path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteNullable(nonNull.OfType, context, selection, value, path);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(CheckNonNull(inner.Result, context, selection, path))
                : CheckNonNullAsync(inner, context, selection, path);
        }

        // a nullable position absorbs a null propagated from below (spec 6.4.4)
        var completed = CompleteNullable(type, context, selection, value, path);
        return completed.IsCompletedSuccessfully
            ? new ValueTask<object?>(completed.Result is PropagatedNull ? null : completed.Result)
            : AbsorbAsync(completed);
    }

    /// <summary>Completes a value of a nullable type; a failure below comes back as <see cref="PropagatedNull"/> for the caller to place.</summary>
    private ValueTask<object?> CompleteNullable(IType type, ResolverContext context, FieldSelection selection, object? value, ResultPath? path)
    {
        if (value is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        return type switch
        {
            ILeafType leaf => new ValueTask<object?>(CompleteLeaf(leaf, context, selection, value, path)),
            ListType list => CompleteList(list, context, selection, value, path),
            ObjectType objectType => CompleteObject(objectType, context, selection, value, path),
            _ => CompleteAbstract((INamedType)type, context, selection, value, path),
        };
    }

    private static async ValueTask<object?> AbsorbAsync(ValueTask<object?> completing)
    {
        var value = await completing.ConfigureAwait(false);
        return value is PropagatedNull ? null : value;
    }

    private async ValueTask<object?> CheckNonNullAsync(ValueTask<object?> completing, ResolverContext context, FieldSelection selection, ResultPath? path) =>
        CheckNonNull(await completing.ConfigureAwait(false), context, selection, path);

    private object? CheckNonNull(object? value, ResolverContext context, FieldSelection selection, ResultPath? path)
    {
        if (value is not null)
        {
            return value;
        }

        AddFieldError($"Cannot return null for non-nullable field {selection.DeclaringType.Name}.{selection.Name}.", ErrorCodes.InternalError, selection, path ?? context.Path);
        return PropagatedNull.Instance;
    }

    private object? CompleteLeaf(ILeafType leaf, ResolverContext context, FieldSelection selection, object value, ResultPath? path)
    {
        try
        {
            return leaf.Serialize(value);
        }
        catch (Exception e) when (!IsAbort(e))
        {
            var message = e is GraphQLException ? e.Message : $"{leaf.Name} cannot represent value: {value}";
            AddFieldError(message, ErrorCodes.ResultCoercion, selection, path ?? context.Path);
            return PropagatedNull.Instance;
        }
    }

    private ValueTask<object?> CompleteList(ListType list, ResolverContext context, FieldSelection selection, object value, ResultPath? itemOrFieldPath)
    {
        var path = itemOrFieldPath ?? context.Path;
        if (value is not IEnumerable items || value is string || value is IDictionary)
        {
            AddFieldError($"Expected Iterable, but did not find one for field \"{selection.DeclaringType.Name}.{selection.Name}\".", ErrorCodes.InternalError, selection, path);
            return new ValueTask<object?>(PropagatedNull.Instance);
        }

        // a list of references (arrays, List<T>, the type system's collections) is read in place; any other is copied once
        var indexed = items as IReadOnlyList<object?> ?? items.Cast<object?>().ToArray();
        var results = new object?[indexed.Count];
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var failed = false;
        for (var index = 0; index < results.Length; index++)
        {
            var completing = CompleteValue(list.OfType, context, selection, indexed[index], path.Append(index));
            if (completing.IsCompletedSuccessfully)
            {
                results[index] = completing.Result;
                failed |= completing.Result is PropagatedNull;
            }
            else
            {
                (pending ??= []).Add((index, completing));
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(failed ? PropagatedNull.Instance : new ResultList(results));
        }

        return AwaitItemsAsync(results, pending, failed);
    }

    private static async ValueTask<object?> AwaitItemsAsync(object?[] results, List<(int Index, ValueTask<object?> Task)> pending, bool failed)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            results[index] = value;
            failed |= value is PropagatedNull;
        }

        return failed ? PropagatedNull.Instance : new ResultList(results);
    }

    private ValueTask<object?> CompleteObject(ObjectType objectType, ResolverContext context, FieldSelection selection, object value, ResultPath? itemOrFieldPath)
    {
        var path = itemOrFieldPath ?? context.Path;
        if (objectType.IsTypeOf is { } isTypeOf)
        {
            bool matches;
            try
            {
                matches = isTypeOf(context, value);
            }
            catch (Exception e) when (!IsAbort(e))
            {
                ReportException(e, selection, path);
                return new ValueTask<object?>(PropagatedNull.Instance);
            }

            if (!matches)
            {
                AddFieldError($"Expected value of type \"{objectType.Name}\" but got: {value}.", ErrorCodes.InternalError, selection, path);
                return new ValueTask<object?>(PropagatedNull.Instance);
            }
        }

        return ExecuteSelectionSet(objectType, value, selection.SubPlan(objectType), path);
    }

    // spec 6.4.3 ResolveAbstractType
    private ValueTask<object?> CompleteAbstract(INamedType abstractType, ResolverContext context, FieldSelection selection, object value, ResultPath? itemOrFieldPath)
    {
        var path = itemOrFieldPath ?? context.Path;
        ObjectType? runtimeType;
        try
        {
            runtimeType = Schema.ResolveAbstractType(abstractType, context, value);
        }
        catch (Exception e) when (!IsAbort(e))
        {
            ReportException(e, selection, path);
            return new ValueTask<object?>(PropagatedNull.Instance);
        }

        if (runtimeType is null)
        {
            AddFieldError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{selection.DeclaringType.Name}.{selection.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                ErrorCodes.InternalError,
                selection,
                path);
            return new ValueTask<object?>(PropagatedNull.Instance);
        }

        if (!Schema.IsSubType(abstractType, runtimeType))
        {
            AddFieldError($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".", ErrorCodes.InternalError, selection, path);
            return new ValueTask<object?>(PropagatedNull.Instance);
        }

        return ExecuteSelectionSet(runtimeType, value, selection.SubPlan(runtimeType), path);
    }

    private ArgumentValues GetArguments(FieldSelection selection)
    {
        if (!selection.ArgumentsUseVariables)
        {
            return selection.ConstantArguments();
        }

        var cache = _argumentsWithVariables;
        if (cache is null)
        {
            Interlocked.CompareExchange(ref _argumentsWithVariables, new ConcurrentDictionary<FieldSelection, ArgumentValues>(), null);
            cache = _argumentsWithVariables;
        }

        return cache.GetOrAdd(selection, static (s, variables) => ArgumentValues.Coerce(s.Field, s.Nodes[0], variables), Variables);
    }

    private static PropagatedNull? NullFor(IType type) => type is NonNullType ? PropagatedNull.Instance : null;

    private bool IsAbort(Exception e) => e is OperationCanceledException && RequestAborted.IsCancellationRequested;

    private void AddFieldError(string message, string code, FieldSelection selection, ResultPath path) =>
        Errors.Add(GraphQLError.WithCode(message, code, selection.Locations, path.ToList()));

    // errors meant for users keep their message; anything else is masked, the exception kept for the host's log
    private void ReportException(Exception exception, FieldSelection selection, ResultPath path)
    {
        if (exception is GraphQLException graphQLException)
        {
            foreach (var error in graphQLException.Errors)
            {
                Errors.Add(error with
                {
                    Path = error.Path ?? path.ToList(),
                    Locations = error.Locations.Count > 0 ? error.Locations : selection.Locations,
                    Exception = error.Exception ?? exception,
                });
            }

            return;
        }

        Errors.Add(MaskedErrors.Create(exception, _includeExceptionDetails, selection.Locations, path.ToList()));
    }
}

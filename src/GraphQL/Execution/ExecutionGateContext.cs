using BpjsTk.GraphQL.Execution.Planning;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// What an <see cref="IExecutionGate"/> sees of a request about to run: the cached, validated document, the chosen
/// operation, the coerced variables, and the root fields as the executor will run them.
/// </summary>
public sealed class ExecutionGateContext
{
    private readonly PreparedDocument _document;
    private IReadOnlyList<IFieldSelection>? _rootFields;

    internal ExecutionGateContext(Schema schema, PreparedDocument document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, GraphQLRequest request)
    {
        Schema = schema;
        _document = document;
        Operation = operation;
        Variables = variables;
        Request = request;
    }

    public Schema Schema { get; }

    /// <summary>The parsed document, valid against <see cref="Schema"/>; shared by every request with the same text.</summary>
    public DocumentNode Document => _document.Document;

    /// <summary>The operation the request runs (spec 6.1 GetOperation).</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variable values (spec 6.1.2), in the forms resolvers get them.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request as the transport handed it, with its services and context data.</summary>
    public GraphQLRequest Request { get; }

    /// <summary>
    /// The root selection set's fields as they will execute (spec 6.3.2 CollectFields): fragments expanded,
    /// <c>@skip</c>/<c>@include</c> applied with the variables, fields of one response name merged into one.
    /// Empty when the schema has no root type for the operation.
    /// </summary>
    public IReadOnlyList<IFieldSelection> RootFields => _rootFields ??= CollectRootFields();

    /// <summary>
    /// The coerced arguments of a field of <see cref="RootFields"/> (spec 6.4.1 CoerceArgumentValues), defaults applied;
    /// null when they do not coerce, in which case execution answers that field with an error and does not resolve it.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? ArgumentValues(IFieldSelection field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var node = field.Nodes[0];
        var values = field is FieldSelection { ArgumentsUseVariables: false } constant
            ? constant.ConstantArguments()
            : Processing.ArgumentValues.Coerce(field.Field, node, Variables);
        return values.Error is null ? values.Values : null;
    }

    private FieldSelection[] CollectRootFields() =>
        Schema.GetRootType(Operation.Operation) is { } rootType
            ? _document.GetPlan(Schema, Operation, rootType, Variables).Root.Fields
            : [];
}

using BpjsTk.GraphQL.Execution;

namespace BpjsTk.GraphQL.Types;

/// <summary>What a resolver knows about the field it resolves. The executor implements it.</summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    /// <summary>The field being resolved.</summary>
    OutputField Field { get; }

    /// <summary>The field as selected in the document.</summary>
    IFieldSelection Selection { get; }

    /// <summary>The field's place in the response.</summary>
    ResultPath Path { get; }

    /// <summary>The per-request services (the request's, else the host's).</summary>
    IServiceProvider Services { get; }

    /// <summary>Cancelled when the caller goes away or the execution times out; pass it to every I/O call.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>Named values shared by all resolvers of the request (seeded from the request's context data).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The parent object's runtime value, cast to <typeparamref name="T"/>.</summary>
    T Parent<T>();

    /// <summary>
    /// The coerced value of an argument (spec 6.4.1 CoerceArgumentValues), converted to <typeparamref name="T"/>:
    /// input objects convert to their bound CLR type or stay dictionaries, lists to arrays or lists, enums to their runtime values.
    /// </summary>
    T ArgumentValue<T>(string name);

    /// <summary>True when the argument has a value: given in the document or variables, or defaulted.</summary>
    bool HasArgument(string name);

    /// <summary>A service from <see cref="Services"/>; throws when it is not registered.</summary>
    T Service<T>()
        where T : notnull;

    /// <summary>Adds an error to the response with this field's path and locations, without failing the field.</summary>
    void ReportError(GraphQLError error);
}

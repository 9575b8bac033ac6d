namespace BpjsTk.GraphQL.Types;

/// <summary>Describes a field of an object or interface type in code.</summary>
public sealed class FieldDescriptor
{
    internal FieldDescriptor(FieldConfig config)
    {
        Config = config;
    }

    internal FieldConfig Config { get; }

    /// <summary>Renames the field.</summary>
    public FieldDescriptor Name(string name)
    {
        Config.Name = name;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public FieldDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>Sets the type by SDL reference, e.g. <c>"[Region!]!"</c>.</summary>
    public FieldDescriptor Type(string typeReference)
    {
        Config.Type = TypeReference.Parse(typeReference);
        return this;
    }

    /// <summary>Sets the type to a scalar class, nullable (e.g. <c>Type&lt;StringType&gt;()</c>).</summary>
    public FieldDescriptor Type<TScalar>()
        where TScalar : ScalarType, new()
    {
        Config.Type = ScalarReferences.Of<TScalar>();
        return this;
    }

    /// <summary>Adds or reconfigures an argument.</summary>
    public FieldDescriptor Argument(string name, Action<InputValueDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var argument = Config.Arguments.Find(a => a.Name == name);
        if (argument is null)
        {
            argument = new InputValueConfig { Name = name };
            Config.Arguments.Add(argument);
        }

        configure(new InputValueDescriptor(argument));
        return this;
    }

    /// <summary>Resolves the field with a resolver delegate.</summary>
    public FieldDescriptor Resolve(FieldResolver resolver)
    {
        Config.Resolver = resolver;
        return this;
    }

    /// <summary>Resolves the field synchronously with a plain value; set the type with <c>Type(...)</c>.</summary>
    public FieldDescriptor Resolve(Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Config.Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    /// <summary>Resolves the field asynchronously; the result type gives the field's type when none is set.</summary>
    public FieldDescriptor Resolve<TResult>(Func<IResolverContext, Task<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Config.Resolver = async context => await resolver(context).ConfigureAwait(false);
        Config.ResultType = typeof(TResult);
        return this;
    }

    /// <summary>Resolves the field asynchronously with the request's cancellation token.</summary>
    public FieldDescriptor Resolve<TResult>(Func<IResolverContext, CancellationToken, Task<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Config.Resolver = async context => await resolver(context, context.RequestAborted).ConfigureAwait(false);
        Config.ResultType = typeof(TResult);
        return this;
    }

    /// <summary>Marks the field deprecated (spec 3.13.3).</summary>
    public FieldDescriptor Deprecated(string? reason = null)
    {
        Config.Directives.Add(DeprecatedDirective.Create(reason));
        return this;
    }

    /// <summary>Applies a directive with literal arguments, e.g. <c>Directive("cost", ("weight", "10"))</c>.</summary>
    public FieldDescriptor Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(DirectiveArguments.Create(name, arguments));
        return this;
    }
}

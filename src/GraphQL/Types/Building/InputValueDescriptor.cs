using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>Describes an argument or an input field in code.</summary>
public sealed class InputValueDescriptor
{
    internal InputValueDescriptor(InputValueConfig config)
    {
        Config = config;
    }

    internal InputValueConfig Config { get; }

    /// <summary>Renames the value.</summary>
    public InputValueDescriptor Name(string name)
    {
        Config.Name = name;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public InputValueDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>Sets the type by SDL reference, e.g. <c>"[String!]"</c>.</summary>
    public InputValueDescriptor Type(string typeReference)
    {
        Config.Type = TypeReference.Parse(typeReference);
        return this;
    }

    /// <summary>Sets the type to a scalar class, nullable (e.g. <c>Type&lt;StringType&gt;()</c>).</summary>
    public InputValueDescriptor Type<TScalar>()
        where TScalar : ScalarType, new()
    {
        Config.Type = ScalarReferences.Of<TScalar>();
        return this;
    }

    /// <summary>Sets the default from a runtime value; it is printed as the literal the type gives it.</summary>
    public InputValueDescriptor DefaultValue(object? value)
    {
        if (value is ValueNode literal)
        {
            Config.DefaultLiteral = literal;
            Config.HasRuntimeDefault = false;
            return this;
        }

        Config.RuntimeDefault = value;
        Config.HasRuntimeDefault = true;
        Config.DefaultLiteral = null;
        return this;
    }

    /// <summary>Marks the value deprecated (spec 3.13.3); it must then be nullable or have a default.</summary>
    public InputValueDescriptor Deprecated(string? reason = null)
    {
        Config.Directives.Add(DeprecatedDirective.Create(reason));
        return this;
    }

    /// <summary>Applies a directive with literal arguments.</summary>
    public InputValueDescriptor Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(DirectiveArguments.Create(name, arguments));
        return this;
    }
}

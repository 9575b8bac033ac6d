namespace BpjsTk.GraphQL.Types;

/// <summary>What object and interface type descriptors share.</summary>
/// <typeparam name="TSelf">The descriptor type returned for chaining.</typeparam>
public abstract class ComplexTypeDescriptor<TSelf>
    where TSelf : ComplexTypeDescriptor<TSelf>
{
    private protected ComplexTypeDescriptor(OutputTypeConfig config)
    {
        Config = config;
    }

    internal OutputTypeConfig Config { get; }

    /// <summary>Names the type.</summary>
    public TSelf Name(string name)
    {
        Config.Name = name;
        return (TSelf)this;
    }

    /// <summary>Sets the description.</summary>
    public TSelf Description(string? description)
    {
        Config.Description = description;
        return (TSelf)this;
    }

    /// <summary>Declares an implemented interface by name.</summary>
    public TSelf Implements(string interfaceName)
    {
        if (!Config.Interfaces.Contains(interfaceName))
        {
            Config.Interfaces.Add(interfaceName);
        }

        return (TSelf)this;
    }

    /// <summary>Applies a directive with literal arguments.</summary>
    public TSelf Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(DirectiveArguments.Create(name, arguments));
        return (TSelf)this;
    }

    /// <summary>Adds a field, or reconfigures the one of that name.</summary>
    public FieldDescriptor Field(string name)
    {
        var field = Config.Fields.Find(f => f.Name == name);
        if (field is null)
        {
            field = new FieldConfig { Name = name };
            Config.Fields.Add(field);
        }

        return new FieldDescriptor(field);
    }
}

namespace BpjsTk.GraphQL.Types;

/// <summary>Describes an input object in code (spec 3.10).</summary>
public class InputObjectTypeDescriptor
{
    internal InputObjectTypeDescriptor(InputObjectTypeConfig config)
    {
        Config = config;
    }

    internal InputObjectTypeConfig Config { get; }

    /// <summary>Names the input object.</summary>
    public InputObjectTypeDescriptor Name(string name)
    {
        Config.Name = name;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public InputObjectTypeDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>Adds a field, or reconfigures the one of that name.</summary>
    public InputValueDescriptor Field(string name)
    {
        var field = Config.Fields.Find(f => f.Name == name);
        if (field is null)
        {
            field = new InputValueConfig { Name = name };
            Config.Fields.Add(field);
        }

        return new InputValueDescriptor(field);
    }

    /// <summary>Makes this a OneOf input object (spec 3.10.1): exactly one field, not null.</summary>
    public InputObjectTypeDescriptor OneOf()
    {
        if (!Config.Directives.Exists(d => d.Name == BuiltInDirectives.OneOfName))
        {
            Config.Directives.Add(new AppliedDirective(BuiltInDirectives.OneOfName));
        }

        return this;
    }

    /// <summary>Applies a directive with literal arguments.</summary>
    public InputObjectTypeDescriptor Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(DirectiveArguments.Create(name, arguments));
        return this;
    }
}

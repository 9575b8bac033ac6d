namespace BpjsTk.GraphQL.Types;

/// <summary>Describes one enum value in code.</summary>
public sealed class EnumValueDescriptor
{
    internal EnumValueDescriptor(EnumValueConfig config)
    {
        Config = config;
    }

    internal EnumValueConfig Config { get; }

    /// <summary>Renames the value.</summary>
    public EnumValueDescriptor Name(string name)
    {
        Config.Name = name;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public EnumValueDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>Marks the value deprecated (spec 3.13.3).</summary>
    public EnumValueDescriptor Deprecated(string? reason = null)
    {
        Config.Directives.Add(DeprecatedDirective.Create(reason));
        return this;
    }

    /// <summary>Applies a directive with literal arguments.</summary>
    public EnumValueDescriptor Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(DirectiveArguments.Create(name, arguments));
        return this;
    }
}

namespace BpjsTk.GraphQL.Types;

/// <summary>Describes a directive definition in code (spec 3.13).</summary>
public sealed class DirectiveDescriptor
{
    internal DirectiveDescriptor(DirectiveConfig config)
    {
        Config = config;
    }

    internal DirectiveConfig Config { get; }

    /// <summary>Names the directive (without <c>@</c>).</summary>
    public DirectiveDescriptor Name(string name)
    {
        Config.Name = name;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public DirectiveDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>Adds locations where the directive may appear.</summary>
    public DirectiveDescriptor Location(params DirectiveLocation[] locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        foreach (var location in locations)
        {
            if (!Config.Locations.Contains(location))
            {
                Config.Locations.Add(location);
            }
        }

        return this;
    }

    /// <summary>Lets the directive appear more than once at one location.</summary>
    public DirectiveDescriptor Repeatable()
    {
        Config.IsRepeatable = true;
        return this;
    }

    /// <summary>Adds or reconfigures an argument.</summary>
    public DirectiveDescriptor Argument(string name, Action<InputValueDescriptor> configure)
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
}

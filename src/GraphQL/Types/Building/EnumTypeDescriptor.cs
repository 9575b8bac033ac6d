namespace BpjsTk.GraphQL.Types;

/// <summary>Describes an enum in code (spec 3.9); bound to a CLR enum, its members become UPPER_SNAKE values.</summary>
public sealed class EnumTypeDescriptor
{
    internal EnumTypeDescriptor(EnumTypeConfig config)
    {
        Config = config;
    }

    internal EnumTypeConfig Config { get; }

    /// <summary>Names the enum.</summary>
    public EnumTypeDescriptor Name(string name)
    {
        Config.Name = name;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public EnumTypeDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>Adds a value whose runtime value is its name, or reconfigures the value of that name.</summary>
    public EnumValueDescriptor Value(string name)
    {
        var value = Config.Values.Find(v => v.Name == name);
        if (value is null)
        {
            value = new EnumValueConfig { Name = name };
            Config.Values.Add(value);
        }

        return new EnumValueDescriptor(value);
    }

    /// <summary>Reconfigures the value bound to a CLR enum member, or adds it.</summary>
    public EnumValueDescriptor Value<TEnum>(TEnum runtimeValue)
        where TEnum : struct, Enum
    {
        var value = Config.Values.Find(v => Equals(v.Value, runtimeValue));
        if (value is null)
        {
            value = new EnumValueConfig { Name = MemberNames.UpperSnakeCase(runtimeValue.ToString()), Value = runtimeValue };
            Config.Values.Add(value);
        }

        return new EnumValueDescriptor(value);
    }

    /// <summary>Applies a directive with literal arguments.</summary>
    public EnumTypeDescriptor Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(DirectiveArguments.Create(name, arguments));
        return this;
    }
}

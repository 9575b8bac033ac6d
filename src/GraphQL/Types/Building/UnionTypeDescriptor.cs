namespace BpjsTk.GraphQL.Types;

/// <summary>Describes a union in code (spec 3.8).</summary>
public sealed class UnionTypeDescriptor
{
    internal UnionTypeDescriptor(UnionTypeConfig config)
    {
        Config = config;
    }

    internal UnionTypeConfig Config { get; }

    /// <summary>Names the union.</summary>
    public UnionTypeDescriptor Name(string name)
    {
        Config.Name = name;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public UnionTypeDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>Adds a member object type by name.</summary>
    public UnionTypeDescriptor Type(string objectTypeName)
    {
        Config.Types.Add(objectTypeName);
        return this;
    }

    /// <summary>Chooses the object type of each runtime value.</summary>
    public UnionTypeDescriptor ResolveType(ResolveType resolveType)
    {
        Config.ResolveType = resolveType;
        return this;
    }

    /// <summary>Applies a directive with literal arguments.</summary>
    public UnionTypeDescriptor Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(DirectiveArguments.Create(name, arguments));
        return this;
    }
}

namespace BpjsTk.GraphQL.Types;

/// <summary>Describes an interface type in code (spec 3.7).</summary>
public sealed class InterfaceTypeDescriptor : ComplexTypeDescriptor<InterfaceTypeDescriptor>
{
    internal InterfaceTypeDescriptor(OutputTypeConfig config)
        : base(config)
    {
    }

    /// <summary>Chooses the object type of each runtime value.</summary>
    public InterfaceTypeDescriptor ResolveType(ResolveType resolveType)
    {
        Config.ResolveType = resolveType;
        return this;
    }
}

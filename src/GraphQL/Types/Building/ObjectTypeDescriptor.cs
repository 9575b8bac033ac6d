namespace BpjsTk.GraphQL.Types;

/// <summary>Describes an object type in code (spec 3.6).</summary>
public class ObjectTypeDescriptor : ComplexTypeDescriptor<ObjectTypeDescriptor>
{
    internal ObjectTypeDescriptor(OutputTypeConfig config)
        : base(config)
    {
    }

    /// <summary>Tells which runtime values are of this type, for interfaces and unions without a type resolver.</summary>
    public ObjectTypeDescriptor IsTypeOf(IsTypeOf isTypeOf)
    {
        Config.IsTypeOf = isTypeOf;
        return this;
    }
}

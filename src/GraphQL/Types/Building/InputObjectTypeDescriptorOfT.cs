using System.Linq.Expressions;
using System.Reflection;

namespace BpjsTk.GraphQL.Types;

/// <summary>Describes an input object bound to <typeparamref name="T"/>: every public settable property becomes a field unless ignored.</summary>
public sealed class InputObjectTypeDescriptor<T> : InputObjectTypeDescriptor
{
    internal InputObjectTypeDescriptor(InputObjectTypeConfig config)
        : base(config)
    {
    }

    /// <summary>Reconfigures the field of a property.</summary>
    public InputValueDescriptor Field<TValue>(Expression<Func<T, TValue>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var info = (PropertyInfo)MemberNames.Member(property);
        var field = Config.Fields.Find(f => Equals(f.Property, info));
        if (field is null)
        {
            field = ClrMembers.InputFieldFor(info);
            Config.Fields.Add(field);
        }

        return new InputValueDescriptor(field);
    }

    /// <summary>Leaves a property out of the schema.</summary>
    public InputObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var info = MemberNames.Member(property);
        Config.IgnoredMembers.Add(info.Name);
        Config.Fields.RemoveAll(f => Equals(f.Property, info));
        return this;
    }
}

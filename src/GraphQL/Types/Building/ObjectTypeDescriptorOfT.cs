using System.Linq.Expressions;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Describes an object type bound to <typeparamref name="T"/>: every public property becomes a field
/// (camelCase name, type and nullability from the C# declaration) unless ignored; fields can be added or reconfigured.
/// </summary>
public sealed class ObjectTypeDescriptor<T> : ObjectTypeDescriptor
{
    internal ObjectTypeDescriptor(OutputTypeConfig config)
        : base(config)
    {
    }

    /// <summary>Reconfigures the field of a property (or adds one for a method).</summary>
    public FieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var info = MemberNames.Member(member);
        var field = Config.Fields.Find(f => Equals(f.Member, info));
        if (field is null)
        {
            field = ClrMembers.FieldFor(info);
            Config.Fields.Add(field);
        }

        return new FieldDescriptor(field);
    }

    /// <summary>Leaves a property out of the schema.</summary>
    public ObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var info = MemberNames.Member(member);
        Config.IgnoredMembers.Add(info.Name);
        Config.Fields.RemoveAll(f => Equals(f.Member, info));
        return this;
    }

    /// <summary>Binds only the fields declared with <c>Field</c>, not every property.</summary>
    public ObjectTypeDescriptor<T> BindFieldsExplicitly()
    {
        Config.BindClrMembers = false;
        return this;
    }
}

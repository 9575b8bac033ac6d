using System.Reflection;

namespace BpjsTk.GraphQL.Types;

/// <summary>Fields and input fields inferred from CLR properties (camelCase names, types and nullability from the declaration).</summary>
internal static class ClrMembers
{
    public static FieldConfig FieldFor(MemberInfo member)
    {
        if (member is not PropertyInfo property)
        {
            throw new ArgumentException($"'{member.Name}' is not a property; declare a field with a resolver for it instead.", nameof(member));
        }

        return new FieldConfig
        {
            Name = MemberNames.CamelCase(property.Name),
            Member = property,
            Type = new ClrTypeReference(property.PropertyType, new NullabilityInfoContext().Create(property), false),
            Resolver = DefaultFieldResolver.For(property),
        };
    }

    public static InputValueConfig InputFieldFor(PropertyInfo property) => new()
    {
        Name = MemberNames.CamelCase(property.Name),
        Property = property,
        Type = new ClrTypeReference(property.PropertyType, new NullabilityInfoContext().Create(property), true),
    };

    /// <summary>Adds a field for every readable public property not declared or ignored yet.</summary>
    public static void BindFields(OutputTypeConfig config)
    {
        if (config.RuntimeType is null || !config.BindClrMembers)
        {
            return;
        }

        var index = 0;
        foreach (var property in config.RuntimeType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0 || config.IgnoredMembers.Contains(property.Name)
                || config.Fields.Exists(f => Equals(f.Member, property) || f.Name == MemberNames.CamelCase(property.Name)))
            {
                continue;
            }

            // inferred fields come in property order, before fields added by hand
            config.Fields.Insert(index++, FieldFor(property));
        }
    }

    /// <summary>Adds an input field for every public settable property not declared or ignored yet.</summary>
    public static void BindFields(InputObjectTypeConfig config)
    {
        if (config.RuntimeType is null || !config.BindClrMembers)
        {
            return;
        }

        var index = 0;
        foreach (var property in config.RuntimeType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || config.IgnoredMembers.Contains(property.Name)
                || config.Fields.Exists(f => Equals(f.Property, property) || f.Name == MemberNames.CamelCase(property.Name)))
            {
                continue;
            }

            config.Fields.Insert(index++, InputFieldFor(property));
        }
    }
}

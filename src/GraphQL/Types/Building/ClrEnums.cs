namespace BpjsTk.GraphQL.Types;

/// <summary>Enum types inferred from CLR enums: named after the enum, members as UPPER_SNAKE values.</summary>
internal static class ClrEnums
{
    public static EnumTypeConfig Config(Type enumType)
    {
        var config = new EnumTypeConfig { Name = enumType.Name, RuntimeType = enumType };
        foreach (var member in Enum.GetValues(enumType))
        {
            config.Values.Add(new EnumValueConfig { Name = MemberNames.UpperSnakeCase(member.ToString()!), Value = member });
        }

        return config;
    }
}

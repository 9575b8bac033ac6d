using System.Diagnostics.CodeAnalysis;


namespace BpjsTk.GraphQL.Types;

/// <summary>The scalars every schema knows by name: the specification's five (spec 3.5) and the engine's DateTime, Date, Long and Decimal.</summary>
public static class BuiltInScalars
{
    /// <summary>The shared <c>Int</c>.</summary>
    public static IntType Int { get; } = new();

    /// <summary>The shared <c>Float</c>.</summary>
    public static FloatType Float { get; } = new();

    /// <summary>The shared <c>String</c>.</summary>
    public static StringType String { get; } = new();

    /// <summary>The shared <c>Boolean</c>.</summary>
    public static BooleanType Boolean { get; } = new();

    /// <summary>The shared <c>ID</c>.</summary>
    public static IdType ID { get; } = new();

    /// <summary>The shared <c>DateTime</c>.</summary>
    public static DateTimeType DateTime { get; } = new();

    /// <summary>The shared <c>Date</c>.</summary>
    public static DateType Date { get; } = new();

    /// <summary>The shared <c>Long</c>.</summary>
    public static LongType Long { get; } = new();

    /// <summary>The shared <c>Decimal</c>.</summary>
    public static DecimalType Decimal { get; } = new();

    private static readonly Dictionary<string, ScalarType> ByName = new ScalarType[] { Int, Float, String, Boolean, ID, DateTime, Date, Long, Decimal }
        .ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>True for Int, Float, String, Boolean and ID, which SDL never prints (spec 3.5).</summary>
    public static bool IsSpecifiedScalar(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    /// <summary>Looks a built-in scalar up by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out ScalarType? scalar) => ByName.TryGetValue(name, out scalar);
}

namespace BpjsTk.GraphQL.Types;

/// <summary>Questions the specification asks of a type reference (spec 3.4.1 Wrapping Types, 3.5 Input and Output Types).</summary>
public static class TypeExtensions
{
    /// <summary>The named type at the core of any wrappers.</summary>
    public static INamedType NamedType(this IType type)
    {
        while (true)
        {
            switch (type)
            {
                case INamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException($"Unknown type {type}.", nameof(type));
            }
        }
    }

    /// <summary>The type without an outer non-null wrapper.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>True for <c>T!</c>.</summary>
    public static bool IsNonNullType(this IType type) => type.Kind == TypeKind.NonNull;

    /// <summary>True for <c>[T]</c> and <c>[T]!</c>.</summary>
    public static bool IsListType(this IType type) => type.NullableType().Kind == TypeKind.List;

    /// <summary>True when values of the type may be given as input: scalars, enums, input objects and wrappers of them (spec 3.4.2 IsInputType).</summary>
    public static bool IsInputType(this IType type) => type.NamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>True when a field may have the type: everything but input objects and wrappers of them (spec 3.4.2 IsOutputType).</summary>
    public static bool IsOutputType(this IType type) => type.NamedType().Kind is not TypeKind.InputObject;

    /// <summary>True for scalars and enums, which end a selection (spec 3.4.3 Leaf Types).</summary>
    public static bool IsLeafType(this IType type) => type.Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>True for objects, interfaces and unions, which take a selection set.</summary>
    public static bool IsCompositeType(this IType type) => type.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>True for interfaces and unions, whose runtime type is an object type chosen per value.</summary>
    public static bool IsAbstractType(this IType type) => type.Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>True when both references denote the same type (same named type, same wrappers).</summary>
    public static bool IsEqualType(this IType type, IType other) => type.Equals(other);
}

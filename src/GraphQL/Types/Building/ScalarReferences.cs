using System.Collections.Concurrent;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>Type references to scalar classes; a scalar that is not built in is registered with the schema when the reference is resolved.</summary>
internal static class ScalarReferences
{
    private static readonly ConcurrentDictionary<Type, ScalarType> Instances = new();

    public static TypeReference Of<TScalar>()
        where TScalar : ScalarType, new()
    {
        var scalar = Instances.GetOrAdd(typeof(TScalar), static _ => BuiltInScalars.TryGet(new TScalar().Name, out var builtIn) && builtIn is TScalar ? builtIn : new TScalar());
        return new ScalarTypeReference(scalar);
    }
}

/// <summary>A reference to a scalar instance.</summary>
internal sealed record ScalarTypeReference(ScalarType Scalar) : TypeReference
{
    public TypeNode Node => new NamedTypeNode(new NameNode(Scalar.Name));
}

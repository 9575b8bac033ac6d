namespace BpjsTk.GraphQL.Types;

/// <summary>A non-null wrapper (spec 3.12.2); its inner type is never itself non-null.</summary>
public sealed record NonNullType : IType
{
    /// <summary>Wraps <paramref name="ofType"/>, which must be nullable.</summary>
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type this wraps.</summary>
    public IType OfType { get; }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc/>
    public override string ToString() => $"{OfType}!";
}

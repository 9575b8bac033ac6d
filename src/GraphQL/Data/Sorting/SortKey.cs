using System.Linq.Expressions;
using System.Reflection;

namespace BpjsTk.GraphQL.Data.Sorting;

/// <summary>One ordering: the path to a value and its direction.</summary>
internal sealed record SortKey(LambdaExpression Selector, SortDirection Direction)
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Whether the value can be null: a <see cref="Nullable{T}"/>, or a reference type not annotated as non-nullable.</summary>
    public bool IsNullable
    {
        get
        {
            var type = Selector.ReturnType;
            if (type.IsValueType)
            {
                return Nullable.GetUnderlyingType(type) is not null;
            }

            if (Selector.Body is not MemberExpression { Member: PropertyInfo property })
            {
                return true;
            }

            lock (Nullability)
            {
                return Nullability.Create(property).ReadState != NullabilityState.NotNull;
            }
        }
    }

    /// <summary>The same value in the opposite direction, for reading a page backwards.</summary>
    public SortKey Reversed() => this with { Direction = Direction == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending };
}

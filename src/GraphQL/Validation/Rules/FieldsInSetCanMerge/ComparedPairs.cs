namespace BpjsTk.GraphQL.Validation.FieldsInSetCanMerge;

/// <summary>
/// Pairs already compared, remembering whether they were compared as mutually exclusive: a pair
/// compared in full also answers for an exclusive comparison, but not the other way round.
/// </summary>
/// <typeparam name="TFirst">The first member's type.</typeparam>
/// <typeparam name="TSecond">The second member's type.</typeparam>
internal sealed class ComparedPairs<TFirst, TSecond>(bool unordered)
    where TFirst : notnull
    where TSecond : notnull
{
    private readonly Dictionary<(TFirst, TSecond), bool> _pairs = [];

    public bool Contains(TFirst first, TSecond second, bool areMutuallyExclusive) =>
        ContainsOrdered(first, second, areMutuallyExclusive)
        || (unordered && second is TFirst a && first is TSecond b && ContainsOrdered(a, b, areMutuallyExclusive));

    public void Add(TFirst first, TSecond second, bool areMutuallyExclusive) => _pairs[(first, second)] = areMutuallyExclusive;

    private bool ContainsOrdered(TFirst first, TSecond second, bool areMutuallyExclusive) =>
        _pairs.TryGetValue((first, second), out var exclusive) && (areMutuallyExclusive || !exclusive);
}

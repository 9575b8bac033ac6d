namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Spec 3.10 Input Objects, Type Validation 3: no input object may require itself through non-null
/// fields, so that a finite value exists. A OneOf input object has a finite value when any of its
/// fields leads to one. Reported once per cycle with graphql-js 17's wording.
/// </summary>
internal static class InputObjectCycles
{
    public static IReadOnlyList<string> Find(IEnumerable<InputObjectType> inputObjects)
    {
        var all = inputObjects.ToList();
        var finite = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        bool changed;
        do
        {
            changed = false;
            foreach (var input in all)
            {
                if (!finite.Contains(input) && HasFiniteValue(input, finite))
                {
                    finite.Add(input);
                    changed = true;
                }
            }
        }
        while (changed);

        var errors = new List<string>();
        var visited = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        var path = new List<string>();
        var pathIndex = new Dictionary<InputObjectType, int>(ReferenceEqualityComparer.Instance);
        foreach (var input in all)
        {
            if (!finite.Contains(input))
            {
                Report(input, finite, visited, path, pathIndex, errors);
            }
        }

        return errors;
    }

    private static InputObjectType? Target(InputObjectType owner, IType fieldType) => owner.IsOneOf
        ? fieldType.NullableType() as InputObjectType
        : fieldType is NonNullType { OfType: InputObjectType target } ? target : null;

    private static bool HasFiniteValue(InputObjectType input, HashSet<InputObjectType> finite)
    {
        var targets = input.Fields.Select(f => Target(input, f.Type)).ToList();
        return input.IsOneOf
            ? targets.Count == 0 || targets.Exists(t => t is null || finite.Contains(t))
            : targets.TrueForAll(t => t is null || finite.Contains(t));
    }

    private static void Report(InputObjectType input, HashSet<InputObjectType> finite, HashSet<InputObjectType> visited, List<string> path, Dictionary<InputObjectType, int> pathIndex, List<string> errors)
    {
        if (!visited.Add(input))
        {
            return;
        }

        pathIndex[input] = path.Count;
        foreach (var field in input.Fields)
        {
            var target = Target(input, field.Type);
            if (target is null || finite.Contains(target))
            {
                continue;
            }

            path.Add($"{input.Name}.{field.Name}");
            if (pathIndex.TryGetValue(target, out var cycleStart))
            {
                errors.Add($"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", path.Skip(cycleStart))}.");
            }
            else
            {
                Report(target, finite, visited, path, pathIndex, errors);
            }

            path.RemoveAt(path.Count - 1);
        }

        pathIndex.Remove(input);
    }
}

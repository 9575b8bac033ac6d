namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Spec 3.13 Directives, Type Validation: a directive definition must not use itself, directly on its
/// arguments or indirectly through the input types and directives its arguments reach.
/// </summary>
internal static class DirectiveCycles
{
    public static IReadOnlyList<string> Find(Schema schema)
    {
        var errors = new List<string>();
        foreach (var directive in schema.DirectiveDefinitions)
        {
            if (BuiltInDirectives.All.Contains(directive))
            {
                continue;
            }

            var visitedTypes = new HashSet<INamedType>(ReferenceEqualityComparer.Instance);
            var visitedDirectives = new HashSet<string>(StringComparer.Ordinal);
            if (ReachesFromArguments(schema, directive, directive.Name, visitedTypes, visitedDirectives))
            {
                errors.Add($"Directive \"@{directive.Name}\" must not reference itself.");
            }
        }

        return errors;
    }

    private static bool ReachesFromArguments(Schema schema, DirectiveDefinition directive, string target, HashSet<INamedType> visitedTypes, HashSet<string> visitedDirectives) =>
        directive.Arguments.Any(a => Reaches(schema, a.Directives, target, visitedTypes, visitedDirectives)
            || Reaches(schema, a.Type.NamedType(), target, visitedTypes, visitedDirectives));

    private static bool Reaches(Schema schema, IReadOnlyList<AppliedDirective> applied, string target, HashSet<INamedType> visitedTypes, HashSet<string> visitedDirectives)
    {
        foreach (var directive in applied)
        {
            if (directive.Name == target)
            {
                return true;
            }

            if (visitedDirectives.Add(directive.Name)
                && schema.TryGetDirective(directive.Name, out var definition)
                && ReachesFromArguments(schema, definition, target, visitedTypes, visitedDirectives))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Reaches(Schema schema, INamedType type, string target, HashSet<INamedType> visitedTypes, HashSet<string> visitedDirectives)
    {
        if (!visitedTypes.Add(type))
        {
            return false;
        }

        if (Reaches(schema, type.Directives, target, visitedTypes, visitedDirectives))
        {
            return true;
        }

        return type switch
        {
            InputObjectType input => input.Fields.Any(f => Reaches(schema, f.Directives, target, visitedTypes, visitedDirectives)
                || Reaches(schema, f.Type.NamedType(), target, visitedTypes, visitedDirectives)),
            EnumType enumType => enumType.Values.Any(v => Reaches(schema, v.Directives, target, visitedTypes, visitedDirectives)),
            _ => false,
        };
    }
}

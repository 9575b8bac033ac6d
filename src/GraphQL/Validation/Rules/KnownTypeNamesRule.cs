using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.5.1.2 and 5.8.2: every type a fragment or variable names exists in the schema.</summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (!Context.Schema.TryGetType(name, out _))
        {
            Context.ReportError($"Unknown type \"{name}\".{Context.SuggestionsFor(name, Context.Schema.Types.Select(t => t.Name))}", node);
        }
    }
}

using System.Diagnostics.CodeAnalysis;

// GraphQL's own vocabulary (Int, Float, String, Object, alias, error) names these members.
[assembly: SuppressMessage("Naming", "CA1720:Identifier contains type name", Scope = "namespaceanddescendants", Target = "~N:BpjsTk.GraphQL.Types")]
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespaceanddescendants", Target = "~N:BpjsTk.GraphQL.Types")]

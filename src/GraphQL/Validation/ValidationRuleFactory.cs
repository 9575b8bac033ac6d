namespace BpjsTk.GraphQL.Validation;

/// <summary>Creates a rule for one validation, as graphql-js's rule functions do: <c>context =&gt; new ScalarLeafsRule(context)</c>.</summary>
public delegate ValidationRule ValidationRuleFactory(ValidationContext context);

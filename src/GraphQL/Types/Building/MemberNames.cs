using System.Linq.Expressions;
using System.Reflection;

namespace BpjsTk.GraphQL.Types;

/// <summary>GraphQL names for CLR members by HotChocolate's conventions.</summary>
internal static class MemberNames
{
    /// <summary><c>RegionCode</c> becomes <c>regionCode</c>; <c>ID</c> becomes <c>id</c>.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        // an acronym lowers all but the letter that starts the next word
        var lower = upper == name.Length || upper == 1 ? upper : upper - 1;
        return string.Concat(name[..lower].ToLowerInvariant(), name.AsSpan(lower));
    }

    /// <summary><c>KurCreditTieIn</c> becomes <c>KUR_CREDIT_TIE_IN</c>.</summary>
    public static string UpperSnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The property or method an expression such as <c>x =&gt; x.Name</c> selects.</summary>
    public static MemberInfo Member(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body switch
        {
            MemberExpression { Member: PropertyInfo property } => property,
            MethodCallExpression call => call.Method,
            _ => throw new ArgumentException($"'{expression}' does not select a property or method.", nameof(expression)),
        };
    }
}

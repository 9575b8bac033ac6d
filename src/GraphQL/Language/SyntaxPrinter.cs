using System.Globalization;
using System.Text;

namespace BpjsTk.GraphQL.Language;

/// <summary>
/// Prints any syntax node as GraphQL text, formatted exactly as graphql-js 17's <c>print</c>:
/// two-space indentation, argument lists wrapped past 80 columns, block strings kept as block strings.
/// </summary>
public static class SyntaxPrinter
{
    private const int MaxLineLength = 80;

    /// <summary>The node as GraphQL text; <c>Print(Parse(Print(x))) == Print(x)</c>.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode n => n.Value,
            VariableNode n => "$" + n.Name.Value,
            DocumentNode n => Join(n.Definitions, "\n\n"),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"), Print(n.Variable), ": ", Print(n.Type),
                Wrap(" = ", PrintOrEmpty(n.DefaultValue)), Wrap(" ", Join(n.Directives, " "))),
            SelectionSetNode n => n.Selections.Count == 0 ? "{}" : Block(n.Selections),
            FieldNode n => Concat(
                WithArguments(Concat(Wrap("", PrintOrEmpty(n.Alias), ": "), n.Name.Value), n.Arguments),
                Wrap(" ", Join(n.Directives, " ")), Wrap(" ", PrintOrEmpty(n.SelectionSet))),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => Concat("...", n.Name.Value, Wrap(" ", Join(n.Directives, " "))),
            InlineFragmentNode n => JoinParts(" ", "...", Wrap("on ", PrintOrEmpty(n.TypeCondition)), Join(n.Directives, " "), PrintOrEmpty(n.SelectionSet)),
            FragmentDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"), "fragment ", n.Name.Value, " on ", PrintOrEmpty(n.TypeCondition), " ",
                Wrap("", Join(n.Directives, " "), " "), PrintOrEmpty(n.SelectionSet)),
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
            BooleanValueNode n => n.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode n => n.Value,
            ListValueNode n => PrintList(n),
            ObjectValueNode n => PrintObject(n),
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            DirectiveNode n => Concat("@", n.Name.Value, Wrap("(", Join(n.Arguments, ", "), ")")),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode n => "[" + Print(n.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            SchemaDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"),
                JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes))),
            OperationTypeDefinitionNode n => OperationKeyword(n.Operation) + ": " + Print(n.Type),
            ScalarTypeDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"),
                JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " "))),
            ObjectTypeDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"),
                JoinParts(" ", "type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields))),
            FieldDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"), n.Name.Value, ArgumentDefinitions(n.Arguments), ": ", Print(n.Type),
                Wrap(" ", Join(n.Directives, " "))),
            InputValueDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"), n.Name.Value, ": ", Print(n.Type),
                Wrap(" = ", PrintOrEmpty(n.DefaultValue)), Wrap(" ", Join(n.Directives, " "))),
            InterfaceTypeDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"),
                JoinParts(" ", "interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields))),
            UnionTypeDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"),
                JoinParts(" ", "union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | ")))),
            EnumTypeDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"),
                JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values))),
            EnumValueDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"),
                JoinParts(" ", n.Name.Value, Join(n.Directives, " "))),
            InputObjectTypeDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"),
                JoinParts(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields))),
            DirectiveDefinitionNode n => Concat(
                Wrap("", PrintOrEmpty(n.Description), "\n"), "directive @", n.Name.Value, ArgumentDefinitions(n.Arguments),
                n.Repeatable ? " repeatable" : "", " on ", Join(n.Locations, " | ")),
            SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
            ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
            ObjectTypeExtensionNode n => JoinParts(" ", "extend type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
            InterfaceTypeExtensionNode n => JoinParts(" ", "extend interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
            UnionTypeExtensionNode n => JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
            EnumTypeExtensionNode n => JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
            InputObjectTypeExtensionNode n => JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
            _ => throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node)),
        };
    }

    private static string PrintOrEmpty(SyntaxNode? node) => node is null ? "" : Print(node);

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var variables = HasMultilineItems(node.VariableDefinitions, out var printed)
            ? Wrap("(\n", string.Join('\n', printed), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");
        var keyword = OperationKeyword(node.Operation);
        var prefix = Concat(
            Wrap("", PrintOrEmpty(node.Description), "\n"),
            JoinParts(" ", keyword, Concat(PrintOrEmpty(node.Name), variables), Join(node.Directives, " ")));
        // an anonymous query with nothing before its selection set prints as the shorthand (spec 2.3)
        var shorthand = node.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return Concat(shorthand ? "" : Concat(prefix, " "), PrintOrEmpty(node.SelectionSet));
    }

    private static string PrintList(ListValueNode node)
    {
        var values = Join(node.Values, ", ");
        return 2 + values.Length > MaxLineLength
            ? Wrap("[\n", Indent(Join(node.Values, "\n")), "\n]")
            : "[" + values + "]";
    }

    private static string PrintObject(ObjectValueNode node)
    {
        var fields = Join(node.Fields, ", ");
        return 4 + fields.Length > MaxLineLength ? Block(node.Fields) : "{ " + fields + " }";
    }

    private static string WithArguments(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }
        var line = Join(arguments, ", ");
        return prefix.Length + line.Length + 2 > MaxLineLength
            ? prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : prefix + Wrap("(", line, ")");
    }

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments) =>
        HasMultilineItems(arguments, out var printed)
            ? Wrap("(\n", Indent(string.Join('\n', printed)), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");

    private static bool HasMultilineItems<T>(IReadOnlyList<T> nodes, out List<string> printed)
        where T : SyntaxNode
    {
        printed = new List<string>(nodes.Count);
        var multiline = false;
        foreach (var node in nodes)
        {
            var text = Print(node);
            multiline |= text.Contains('\n', StringComparison.Ordinal);
            if (text.Length > 0)
            {
                printed.Add(text);
            }
        }
        return multiline;
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Indent(string text) =>
        text.Length == 0 ? text : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string Wrap(string start, string text, string end = "") =>
        text.Length == 0 ? "" : start + text + end;

    private static string Concat(params ReadOnlySpan<string> parts) => string.Concat(parts);

    /// <summary>Joins the non-empty parts with a separator, as graphql-js's join skips empty ones.</summary>
    private static string JoinParts(string separator, params ReadOnlySpan<string> parts)
    {
        var result = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }
            if (result.Length > 0)
            {
                result.Append(separator);
            }
            result.Append(part);
        }
        return result.ToString();
    }

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        var result = new StringBuilder();
        foreach (var node in nodes)
        {
            var text = Print(node);
            if (text.Length == 0)
            {
                continue;
            }
            if (result.Length > 0)
            {
                result.Append(separator);
            }
            result.Append(text);
        }
        return result.ToString();
    }

    /// <summary>A string literal with graphql-js's escapes: C0 and C1 controls, quote and backslash.</summary>
    private static string PrintString(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\b': result.Append("\\b"); break;
                case '\t': result.Append("\\t"); break;
                case '\n': result.Append("\\n"); break;
                case '\f': result.Append("\\f"); break;
                case '\r': result.Append("\\r"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: result.Append(c); break;
            }
        }
        return result.Append('"').ToString();
    }
}

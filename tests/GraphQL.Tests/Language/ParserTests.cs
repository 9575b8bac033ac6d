using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Executable_kitchen_sink_parses_every_definition()
    {
        var document = GraphQLParser.Parse(KitchenSink.Executable);

        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition,
             SyntaxKind.FragmentDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition],
            document.Definitions.Select(d => d.Kind));
        var query = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Looks up an employer and its participants.", query.Description?.Value);
        Assert.Equal("queryName", query.Name?.Value);
        Assert.Equal(["foo", "site", "nonNull"], query.VariableDefinitions.Select(v => v.Variable.Name.Value));
        Assert.Equal("The employer to look up.", query.VariableDefinitions[0].Description?.Value);
        Assert.IsType<NonNullTypeNode>(query.VariableDefinitions[2].Type);
        var field = Assert.IsType<FieldNode>(Assert.Single(query.SelectionSet.Selections));
        Assert.Equal(("whoever123is", "node"), (field.Alias?.Value, field.Name.Value));
        Assert.Equal(
            [SyntaxKind.Field, SyntaxKind.InlineFragment, SyntaxKind.InlineFragment, SyntaxKind.InlineFragment],
            field.SelectionSet!.Selections.Select(s => s.Kind));
        Assert.Equal(OperationType.Mutation, Assert.IsType<OperationDefinitionNode>(document.Definitions[1]).Operation);
        Assert.Equal(OperationType.Subscription, Assert.IsType<OperationDefinitionNode>(document.Definitions[2]).Operation);
        var shorthand = Assert.IsType<OperationDefinitionNode>(document.Definitions[4]);
        Assert.Null(shorthand.Name);
        Assert.Equal(OperationType.Query, shorthand.Operation);
    }

    [Fact]
    public void Values_keep_their_kind_and_text()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(GraphQLParser.Parse(KitchenSink.Executable).Definitions[3]);
        var foo = Assert.IsType<FieldNode>(Assert.Single(fragment.SelectionSet.Selections));
        var obj = Assert.IsType<ObjectValueNode>(foo.Arguments[2].Value);
        var block = Assert.IsType<StringValueNode>(obj.Fields[1].Value);
        var list = Assert.IsType<ListValueNode>(Assert.IsType<ObjectValueNode>(obj.Fields[2].Value).Fields[0].Value);

        Assert.Equal("Reused by queryName.", fragment.Description?.Value);
        Assert.Equal(("block string uses \"\"\"", true), (block.Value, block.Block));
        Assert.Equal(
            [SyntaxKind.FloatValue, SyntaxKind.FloatValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.NullValue,
             SyntaxKind.BooleanValue, SyntaxKind.BooleanValue, SyntaxKind.EnumValue],
            list.Values.Select(v => v.Kind));
        Assert.Equal("-2e10", Assert.IsType<FloatValueNode>(list.Values[1]).Value);
        Assert.Equal("\u00e9\U0001F600", Assert.IsType<StringValueNode>(list.Values[3]).Value);
        Assert.IsType<VariableNode>(foo.Arguments[0].Value);
    }

    [Fact]
    public void Schema_kitchen_sink_parses_every_definition_and_extension()
    {
        var document = GraphQLParser.Parse(KitchenSink.Schema);

        var kinds = document.Definitions.Select(d => d.Kind).ToHashSet();
        foreach (var kind in Enum.GetValues<SyntaxKind>().Where(k => k.ToString().EndsWith("Definition", StringComparison.Ordinal) || k.ToString().EndsWith("Extension", StringComparison.Ordinal)))
        {
            if (kind is SyntaxKind.OperationDefinition or SyntaxKind.FragmentDefinition or SyntaxKind.VariableDefinition
                or SyntaxKind.OperationTypeDefinition or SyntaxKind.FieldDefinition or SyntaxKind.InputValueDefinition
                or SyntaxKind.EnumValueDefinition)
            {
                continue;
            }
            Assert.Contains(kind, kinds);
        }
        var foo = document.Definitions.OfType<ObjectTypeDefinitionNode>().First();
        Assert.Equal("This is a description\nof the `Foo` type.", foo.Description?.Value);
        Assert.Equal(["Bar", "Baz", "Two"], foo.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("This is a description of the `argument` argument.", foo.Fields[1].Arguments[0].Description?.Value);
        var feed = document.Definitions.OfType<UnionTypeDefinitionNode>().First();
        Assert.Equal(["Story", "Article", "Advert"], feed.Types.Select(t => t.Name.Value));
        var repeatable = document.Definitions.OfType<DirectiveDefinitionNode>().Last();
        Assert.True(repeatable.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], repeatable.Locations.Select(l => l.Value));
        Assert.False(document.Definitions.OfType<DirectiveDefinitionNode>().First().Repeatable);
    }

    [Fact]
    public void Nodes_carry_offsets_line_and_column_of_their_text()
    {
        var document = GraphQLParser.Parse("# c\r\nquery Q($a: Int) {\r\n  a: b(x: \"\U0001F600\") { c }\r\n}");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        var inner = Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections));

        Assert.Equal(new Location(5, 49, 2, 1), operation.Location);
        Assert.Equal(new Location(27, 46, 3, 3), field.Location);
        Assert.Equal(new Location(30, 31, 3, 6), field.Name.Location);
        Assert.Equal((3, 18), (inner.Location.Line, inner.Location.Column));
    }

    [Fact]
    public void Value_and_type_can_be_parsed_alone()
    {
        var value = Assert.IsType<ObjectValueNode>(GraphQLParser.ParseValue("{a: [1, $v], b: \"s\"}"));
        var type = Assert.IsType<NonNullTypeNode>(GraphQLParser.ParseType("[[String!]]!"));

        Assert.Equal(["a", "b"], value.Fields.Select(f => f.Name.Value));
        Assert.IsType<ListTypeNode>(Assert.IsType<ListTypeNode>(type.Type).Type);
        var constant = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.ParseConstValue("[$v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", constant.Error.Message);
        var trailing = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.ParseType("Int Int"));
        Assert.Equal("Syntax Error: Expected <EOF>, found Name \"Int\".", trailing.Error.Message);
    }

    [Fact]
    public void Keywords_are_ordinary_names_where_a_name_is_expected()
    {
        var document = GraphQLParser.Parse("query query($on: on) { fragment type: query(on: true) ... on on { null } }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        var selections = operation.SelectionSet.Selections;

        Assert.Equal("query", operation.Name?.Value);
        Assert.Equal("fragment", Assert.IsType<FieldNode>(selections[0]).Name.Value);
        Assert.Equal(("type", "query"), (Assert.IsType<FieldNode>(selections[1]).Alias?.Value, ((FieldNode)selections[1]).Name.Value));
        var inline = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Equal("on", inline.TypeCondition?.Name.Value);
        Assert.Equal("null", Assert.IsType<FieldNode>(Assert.Single(inline.SelectionSet.Selections)).Name.Value);
    }
}

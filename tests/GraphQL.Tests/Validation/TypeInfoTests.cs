using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Validation;

public sealed class TypeInfoTests
{
    // records, at each node the walker enters, what the type info says there
    private sealed class Recorder(ValidationContext context) : ValidationRule(context)
    {
        public List<string> Lines { get; } = [];

        public override void EnterField(FieldNode node) =>
            Lines.Add($"field {node.Name.Value}: parent {Context.ParentType?.Name ?? "-"}, type {Context.Type?.ToString() ?? "-"}, definition {Context.FieldDefinition?.Name ?? "-"}");

        public override void EnterArgument(ArgumentNode node) =>
            Lines.Add($"argument {node.Name.Value}: input {Context.InputType?.ToString() ?? "-"}, default {(Context.TypeInfo.DefaultValue is { } d ? SyntaxPrinter.Print(d) : "-")}, directive {Context.Directive?.Name ?? "-"}");

        public override void EnterObjectField(ObjectFieldNode node) =>
            Lines.Add($"object field {node.Name.Value}: input {Context.InputType?.ToString() ?? "-"}, parent input {Context.ParentInputType?.ToString() ?? "-"}, default {(Context.TypeInfo.DefaultValue is { } d ? SyntaxPrinter.Print(d) : "-")}");

        public override void EnterValue(ValueNode node)
        {
            if (node is EnumValueNode enumValue)
            {
                Lines.Add($"enum {enumValue.Value}: {Context.EnumValue?.Name ?? "-"}");
            }
        }

        public override void EnterInlineFragment(InlineFragmentNode node) =>
            Lines.Add($"inline fragment: type {Context.Type?.ToString() ?? "-"}");
    }

    [Fact]
    public void Type_info_follows_fields_arguments_and_input_values()
    {
        Recorder? recorder = null;
        var options = new ValidationOptions { Rules = [c => recorder = new Recorder(c)] };
        var document = GraphQLParser.Parse("""
            {
              dog { isHouseTrained(atOtherHomes: false) doesKnowCommand(dogCommand: SIT) __typename }
              pet { ... on Cat { furColor } ... { name @skip(if: true) } }
              complicatedArgs { complexArgField(complexArg: { nonNullField: true, stringListField: ["x"] }) }
              unknown { name }
            }
            """);

        DocumentValidator.Validate(ValidationTestSchema.Instance, document, options);

        Assert.Equal(
            [
                "field dog: parent QueryRoot, type Dog, definition dog",
                "field isHouseTrained: parent Dog, type Boolean, definition isHouseTrained",
                "argument atOtherHomes: input Boolean, default true, directive -",
                "field doesKnowCommand: parent Dog, type Boolean, definition doesKnowCommand",
                "argument dogCommand: input DogCommand, default -, directive -",
                "enum SIT: SIT",
                "field __typename: parent Dog, type String!, definition __typename",
                "field pet: parent QueryRoot, type Pet, definition pet",
                "inline fragment: type Cat",
                "field furColor: parent Cat, type FurColor, definition furColor",
                "inline fragment: type Pet",
                "field name: parent Pet, type String, definition name",
                "argument if: input Boolean!, default -, directive skip",
                "field complicatedArgs: parent QueryRoot, type ComplicatedArgs, definition complicatedArgs",
                "field complexArgField: parent ComplicatedArgs, type String, definition complexArgField",
                "argument complexArg: input ComplexInput, default -, directive -",
                "object field nonNullField: input Boolean!, parent input ComplexInput, default false",
                "object field stringListField: input [String], parent input ComplexInput, default -",
                "field unknown: parent QueryRoot, type -, definition -",
                "field name: parent -, type -, definition -",
            ],
            recorder!.Lines);
    }

    [Fact]
    public void Type_references_resolve_with_their_wrappers_or_not_at_all()
    {
        var typeInfo = new TypeInfo(ValidationTestSchema.Instance);

        Assert.Equal("[Dog!]!", typeInfo.TypeFromSyntax(GraphQLParser.ParseType("[Dog!]!"))?.ToString());
        Assert.Null(typeInfo.TypeFromSyntax(GraphQLParser.ParseType("[Unknown]")));
        Assert.IsType<ObjectType>(typeInfo.TypeFromSyntax(GraphQLParser.ParseType("Dog")));
    }
}

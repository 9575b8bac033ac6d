using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Types.Validation;

public sealed class SchemaValidationTests
{
    private static IReadOnlyList<string> Errors(Func<SchemaBuilder, SchemaBuilder> configure)
    {
        var builder = configure(SchemaBuilder.New());
        var exception = Assert.Throws<SchemaException>(() => builder.Build());
        return exception.Errors;
    }

    private static SchemaBuilder Query(SchemaBuilder builder, string fieldType = "String") =>
        builder.AddQueryType(d => d.Field("a").Type(fieldType));

    [Fact]
    public void Schema_without_query_type_is_rejected() =>
        Assert.Equal(["Query root type must be provided."], Errors(b => b.AddObjectType(d => d.Name("Other").Field("a").Type("String"))));

    [Fact]
    public void Type_names_starting_with_two_underscores_are_reserved() =>
        Assert.Contains("Name \"__Mine\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            Errors(b => Query(b, "__Mine").AddObjectType(d => d.Name("__Mine").Field("x").Type("Int"))));

    [Fact]
    public void Invalid_characters_in_a_name_are_rejected() =>
        Assert.Contains("Names must only contain [_a-zA-Z0-9] but \"bad-name\" does not.",
            Errors(b => b.AddQueryType(d => d.Field("bad-name").Type("String"))));

    [Fact]
    public void Object_type_without_fields_is_rejected() =>
        Assert.Contains("Type Empty must define one or more fields.", Errors(b => Query(b, "Empty").AddObjectType(d => d.Name("Empty"))));

    [Fact]
    public void Two_types_with_one_name_are_rejected() =>
        Assert.Contains("There can be only one type named \"Query\".", Errors(b => Query(Query(b))));

    [Fact]
    public void Unknown_type_reference_is_rejected() =>
        Assert.Equal(["Unknown type \"Missing\"."], Errors(b => Query(b, "[Missing!]")));

    [Fact]
    public void Field_of_input_type_is_rejected() =>
        Assert.Contains("The type of Query.a must be Output Type but got: Filter.",
            Errors(b => Query(b, "Filter").AddInputObjectType(d => d.Name("Filter").Field("x").Type("Int"))));

    [Fact]
    public void Argument_of_object_type_is_rejected() =>
        Assert.Contains("The type of Query.a(arg:) must be Input Type but got: Query.",
            Errors(b => b.AddQueryType(d => d.Field("a").Type("Int").Argument("arg", a => a.Type("Query")))));

    [Fact]
    public void Required_argument_cannot_be_deprecated() =>
        Assert.Contains("Required argument Query.a(arg:) cannot be deprecated.",
            Errors(b => b.AddQueryType(d => d.Field("a").Type("Int").Argument("arg", a => a.Type("Int!").Deprecated()))));

    [Fact]
    public void Invalid_default_value_is_rejected_with_the_coercion_message() =>
        Assert.Contains("Query.a(arg:) has invalid default value: Int cannot represent non-integer value: \"x\"",
            Errors(b => b.AddQueryType(d => d.Field("a").Type("Int").Argument("arg", a => a.Type("Int").DefaultValue(new global::BpjsTk.GraphQL.Language.StringValueNode("x", false))))));

    [Fact]
    public void Implementation_missing_an_interface_field_is_rejected() =>
        Assert.Contains("Interface field Node.id expected but Region does not provide it.",
            Errors(b => Query(b, "Region")
                .AddInterfaceType(d => d.Name("Node").Field("id").Type("ID!"))
                .AddObjectType(d => d.Name("Region").Implements("Node").Field("name").Type("String"))));

    [Fact]
    public void Implementation_field_must_be_a_subtype_of_the_interface_field() =>
        Assert.Contains("Interface field Node.id expects type ID! but Region.id is type ID.",
            Errors(b => Query(b, "Region")
                .AddInterfaceType(d => d.Name("Node").Field("id").Type("ID!"))
                .AddObjectType(d => d.Name("Region").Implements("Node").Field("id").Type("ID"))));

    [Fact]
    public void Covariant_implementation_field_types_are_accepted()
    {
        var valid = Query(SchemaBuilder.New(), "Region")
            .AddInterfaceType(d => d.Name("Node").Field("self").Type("Node"))
            .AddObjectType(d => d.Name("Region").Implements("Node").Field("self").Type("Region!"))
            .Build();
        Assert.True(valid.IsSubType(valid.GetType<InterfaceType>("Node"), valid.GetType<ObjectType>("Region")));
    }

    [Fact]
    public void Implementation_must_accept_every_interface_argument_with_the_same_type()
    {
        var errors = Errors(b => Query(b, "Region")
            .AddInterfaceType(d => d.Name("Node").Field("name").Type("String").Argument("lang", a => a.Type("String")).Argument("short", a => a.Type("Boolean")))
            .AddObjectType(d => d.Name("Region").Implements("Node").Field("name").Type("String").Argument("lang", a => a.Type("String!"))));
        Assert.Contains("Interface field argument Node.name(lang:) expects type String but Region.name(lang:) is type String!.", errors);
        Assert.Contains("Interface field argument Node.name(short:) expected but Region.name does not provide it.", errors);
    }

    [Fact]
    public void Implementation_cannot_add_a_required_argument() =>
        Assert.Contains("Argument \"Region.id(format:)\" must not be required type \"String!\" if not provided by the Interface field \"Node.id\".",
            Errors(b => Query(b, "Region")
                .AddInterfaceType(d => d.Name("Node").Field("id").Type("ID!"))
                .AddObjectType(d => d.Name("Region").Implements("Node").Field("id").Type("ID!").Argument("format", a => a.Type("String!")))));

    [Fact]
    public void Implementation_cannot_deprecate_what_the_interface_does_not() =>
        Assert.Contains("Interface field Node.id is not deprecated, so implementation field Region.id must not be deprecated.",
            Errors(b => Query(b, "Region")
                .AddInterfaceType(d => d.Name("Node").Field("id").Type("ID!"))
                .AddObjectType(d => d.Name("Region").Implements("Node").Field("id").Type("ID!").Deprecated())));

    [Fact]
    public void Implementation_must_declare_the_interfaces_of_its_interfaces() =>
        Assert.Contains("Type Region must implement Node because it is implemented by Entity.",
            Errors(b => Query(b, "Region")
                .AddInterfaceType(d => d.Name("Node").Field("id").Type("ID!"))
                .AddInterfaceType(d => d.Name("Entity").Implements("Node").Field("id").Type("ID!"))
                .AddObjectType(d => d.Name("Region").Implements("Entity").Field("id").Type("ID!"))));

    [Fact]
    public void Interface_cannot_implement_itself() =>
        Assert.Contains("Type Node cannot implement itself because it would create a circular reference.",
            Errors(b => Query(b, "Node").AddInterfaceType(d => d.Name("Node").Implements("Node").Field("id").Type("ID!"))));

    [Fact]
    public void Interfaces_implementing_each_other_are_a_circular_reference()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            type Query { a: A }
            interface A implements B { id: ID }
            interface B implements A { id: ID }
            """).Build());

        Assert.Equal(
            [
                "Type A cannot implement B because it would create a circular reference.",
                "Type B cannot implement A because it would create a circular reference.",
            ],
            exception.Errors);
    }

    [Fact]
    public void Names_must_start_with_a_letter_or_underscore() =>
        Assert.Contains("Names must start with [_a-zA-Z] but \"1st\" does not.",
            Errors(b => b.AddQueryType(d => d.Field("1st").Type("String"))));

    [Fact]
    public void Implementing_an_object_type_is_rejected() =>
        Assert.Contains("Type Region must only implement Interface types, it cannot implement Query.",
            Errors(b => Query(b, "Region").AddObjectType(d => d.Name("Region").Implements("Query").Field("a").Type("String"))));

    [Fact]
    public void Union_members_must_be_object_types_once_each()
    {
        var errors = Errors(b => Query(b, "Place")
            .AddInterfaceType(d => d.Name("Node").Field("id").Type("ID"))
            .AddObjectType(d => d.Name("Region").Field("id").Type("ID"))
            .AddUnionType(d => d.Name("Place").Type("Region").Type("Region").Type("Node")));
        Assert.Contains("Union type Place can only include type Region once.", errors);
        Assert.Contains("Union type Place can only include Object types, it cannot include Node.", errors);
    }

    [Fact]
    public void Empty_union_enum_and_input_object_are_rejected()
    {
        var errors = Errors(b => b
            .AddQueryType(d => d.Field("a").Type("U").Argument("e", a => a.Type("E")).Argument("i", a => a.Type("I")))
            .AddUnionType(d => d.Name("U"))
            .AddEnumType(d => d.Name("E"))
            .AddInputObjectType(d => d.Name("I")));
        Assert.Contains("Union type U must define one or more member types.", errors);
        Assert.Contains("Enum type E must define one or more values.", errors);
        Assert.Contains("Input Object type I must define one or more fields.", errors);
    }

    [Fact]
    public void Enum_value_cannot_be_named_true_false_or_null() =>
        Assert.Contains("Enum values cannot be named: true",
            Errors(b => b.AddQueryType(d => d.Field("a").Type("E")).AddEnumType(d => d.Name("E").Value("true"))));

    [Fact]
    public void Input_field_of_object_type_is_rejected() =>
        Assert.Contains("The type of Filter.region must be Input Type but got: Query.",
            Errors(b => b.AddQueryType(d => d.Field("a").Type("Int").Argument("f", a => a.Type("Filter")))
                .AddInputObjectType(d => d.Name("Filter").Field("region").Type("Query"))));

    [Fact]
    public void Required_input_field_cannot_be_deprecated() =>
        Assert.Contains("Required input field Filter.code cannot be deprecated.",
            Errors(b => b.AddQueryType(d => d.Field("a").Type("Int").Argument("f", a => a.Type("Filter")))
                .AddInputObjectType(d => d.Name("Filter").Field("code").Type("String!").Deprecated())));

    [Fact]
    public void OneOf_fields_must_be_nullable_without_defaults()
    {
        var errors = Errors(b => b.AddQueryType(d => d.Field("a").Type("Int").Argument("by", a => a.Type("RegionBy")))
            .AddInputObjectType(d =>
            {
                d.Name("RegionBy").OneOf();
                d.Field("code").Type("String!");
                d.Field("name").Type("String").DefaultValue("Jawa Timur");
            }));
        Assert.Contains("OneOf input field RegionBy.code must be nullable.", errors);
        Assert.Contains("OneOf input field RegionBy.name cannot have a default value.", errors);
    }

    [Fact]
    public void Input_objects_that_require_themselves_through_non_null_fields_are_rejected()
    {
        var errors = Errors(b => b.AddQueryType(d => d.Field("a").Type("Int").Argument("f", a => a.Type("A")))
            .AddInputObjectType(d => d.Name("A").Field("b").Type("B!"))
            .AddInputObjectType(d => d.Name("B").Field("a").Type("A!")));
        Assert.Equal(["Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a."], errors);
    }

    [Fact]
    public void Input_objects_that_refer_to_themselves_through_nullable_or_list_fields_are_accepted()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("a").Type("Int").Argument("f", a => a.Type("Filter")))
            .AddInputObjectType(d =>
            {
                d.Name("Filter");
                d.Field("and").Type("[Filter!]");
                d.Field("not").Type("Filter");
            })
            .Build();
        Assert.Equal(2, schema.GetType<InputObjectType>("Filter").Fields.Count);
    }

    [Fact]
    public void Directive_without_locations_is_rejected() =>
        Assert.Contains("Directive @cost must include 1 or more locations.",
            Errors(b => Query(b).AddDirective(d => d.Name("cost").Argument("weight", a => a.Type("String!")))));

    [Fact]
    public void Applied_directives_must_be_defined_allowed_unrepeated_and_well_argued()
    {
        var errors = Errors(b => b
            .AddDirective(d => d.Name("cost").Location(DirectiveLocation.FieldDefinition).Argument("weight", a => a.Type("String!")))
            .AddQueryType(d =>
            {
                d.Directive("cost", ("weight", "1"));
                d.Field("a").Type("Int").Directive("cost", ("weight", "1")).Directive("cost", ("weight", "2"));
                d.Field("b").Type("Int").Directive("cost").Directive("listSize", ("assumedSize", 10));
                d.Field("c").Type("Int").Directive("cost", ("weight", 5), ("unit", "ms"));
            }));
        Assert.Equal(
            [
                "Directive \"@cost\" may not be used on OBJECT.",
                "The directive \"@cost\" can only be used once at this location.",
                "Argument \"@cost(weight:)\" of type \"String!\" is required, but it was not provided.",
                "Unknown directive \"@listSize\".",
                "Argument \"@cost(weight:)\" has an invalid value: String cannot represent a non string value: 5",
                "Unknown argument \"unit\" on directive \"@cost\".",
            ],
            errors);
    }

    [Fact]
    public void Directive_that_uses_itself_through_an_argument_type_is_rejected()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            directive @limit(by: LimitKind @limit(by: ROWS)) on ARGUMENT_DEFINITION | ENUM_VALUE
            directive @tag(unit: Unit) on ARGUMENT_DEFINITION | ENUM_VALUE
            enum Unit { MS @tag(unit: MS) }
            enum LimitKind { ROWS }
            type Query { a: Int }
            """).Build());

        Assert.Equal(["Directive \"@limit\" must not reference itself.", "Directive \"@tag\" must not reference itself."], exception.Errors);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_exception()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddQueryType(d => d.Field("a").Type("Missing"))
            .AddObjectType(d => d.Name("Empty"))
            .AddEnumType(d => d.Name("E"))
            .Build());
        Assert.Equal(["Unknown type \"Missing\"."], exception.Errors.Take(1));
        Assert.StartsWith("The schema is not valid (", exception.Message, StringComparison.Ordinal);
    }
}

using BpjsTk.GraphQL.Tests.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterTests
{
    private const string KitchenSink = """"
        "Cakupan kepesertaan BPJS Ketenagakerjaan"
        schema @audit(tag: "root") {
          query: Root
          mutation: Changes
        }

        """
        Static cost of a field.
          Multi-line, with "quotes".
        """
        directive @cost(weight: String!, unit: CostUnit = MS) on FIELD_DEFINITION | ARGUMENT_DEFINITION

        directive @audit(tag: String = "none") repeatable on SCHEMA | OBJECT

        enum CostUnit { MS COUNT }

        "RFC 3339 instants"
        scalar Instant @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        scalar Json

        interface Node { id: ID! }

        interface Place implements Node {
          id: ID!
          "Nama wilayah"
          name(lang: String = "id"): String
        }

        type Root @audit(tag: "query") {
          node(id: ID!): Node
          regions(
            "Filter"
            where: RegionFilter = {nameContains: "Jawa", codes: ["35", "36"], category: BPU}
            first: Int = 10
            "Deprecated paging"
            offset: Int @deprecated
          ): [Region!]! @cost(weight: "10")
          search(text: String!): [SearchResult!]
          old: String @deprecated(reason: "Use `regions`.")
          older: String @deprecated(reason: "No longer supported")
        }

        type Changes {
          enrol(input: EnrolInput!): Boolean
        }

        type Region implements Node & Place {
          id: ID!
          name(lang: String = "id"): String
          "Kode Kemendagri"
          code: String!
          category: Category
          coveredSince: Instant
          extra: Json
        }

        type Branch implements Node { id: ID! region: Region }

        union SearchResult = Region | Branch

        """
        Kategori peserta
        """
        enum Category {
          "Penerima Upah"
          PU
          BPU
          JAKON @deprecated(reason: "Merged into PU")
          PMI
        }

        input RegionFilter {
          nameContains: String
          codes: [String!] = []
          category: Category = PU
          escaped: String = "tab\there \"quoted\" \u00e9"
        }

        input EnrolInput @oneOf {
          kpj: String
          nik: String @deprecated
        }

        extend type Branch { name: String }
        extend enum CostUnit { BYTES }
        extend input RegionFilter { since: Instant }
        extend union SearchResult = Participant
        type Participant { kpj: String! }
        """";

    [Fact]
    public void Kitchen_sink_schema_prints_like_graphql_js() =>
        LanguageSnapshot.Match(SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink).Build()));

    [Fact]
    public void Printed_sdl_builds_the_same_sdl_again()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink).Build());
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()));
    }

    [Fact]
    public void Schema_definition_is_omitted_when_roots_have_the_default_names() =>
        Assert.Equal(
            "type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}",
            SchemaPrinter.Print(SchemaBuilder.FromSdl("schema { query: Query mutation: Mutation } type Query { a: Int } type Mutation { b: Int }").Build()));

    [Fact]
    public void Schema_definition_is_printed_when_a_type_named_like_a_root_is_not_that_root() =>
        Assert.Equal(
            "schema {\n  query: Query\n}\n\ntype Query {\n  a: Mutation\n}\n\ntype Mutation {\n  b: Int\n}",
            SchemaPrinter.Print(SchemaBuilder.FromSdl("schema { query: Query } type Query { a: Mutation } type Mutation { b: Int }").Build()));

    [Fact]
    public void Arguments_with_descriptions_print_one_per_line_with_blank_lines_between_described_ones() =>
        Assert.Equal(
            "type Query {\n  f(\n    \"\"\"first\"\"\"\n    a: Int\n    b: Int\n\n    \"\"\"third\"\"\"\n    c: Int\n  ): Int\n}",
            SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { f(\"first\" a: Int, b: Int, \"third\" c: Int): Int }").Build()));
}

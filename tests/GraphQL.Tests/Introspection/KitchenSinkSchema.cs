namespace BpjsTk.GraphQL.Tests.Introspection;

/// <summary>
/// A schema using every part of the type system that SDL and introspection show: every type kind,
/// interfaces implementing interfaces, single- and multi-line descriptions, deprecations everywhere
/// they are allowed, @specifiedBy, @oneOf, custom repeatable directives and default values of every kind.
/// </summary>
internal static class KitchenSinkSchema
{
    public const string Sdl = """"
        """
        Laporan cakupan BPJS Ketenagakerjaan.
        Dua baris.
        """
        schema {
          query: Root
          mutation: Changes
          subscription: Feed
        }

        "Static cost of a field or argument."
        directive @cost(weight: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION | OBJECT | SCALAR | ENUM

        """
        Audit tag; may repeat.
          Indented second line with "quotes" and a \ backslash.
        """
        directive @audit(tag: String = "none", level: Int = 1) repeatable on SCHEMA | OBJECT | INTERFACE | UNION | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        directive @trace on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

        "RFC 3339 instants"
        scalar Instant @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        scalar Json

        interface Node {
          "Global ID"
          id: ID!
        }

        interface Place implements Node {
          id: ID!
          name(lang: String = "id"): String
        }

        """
        A region: province or regency.
        """
        interface Area implements Place & Node {
          id: ID!
          name(lang: String = "id"): String
          population: Int
        }

        type Root @audit(tag: "query") @audit(tag: "again") {
          node(id: ID!): Node
          regions(
            "Filter"
            where: RegionFilter = {nameContains: "Jawa", codes: ["35", "36"], category: BPU, nested: {nameContains: null}}
            first: Int = 10
            ratio: Float = 1.5e3
            exact: Boolean = true
            order: [Category!] = [PU, BPU]
            single: [Int] = 7
            nothing: String = null
            text: String = "tab\tnewline\nquote\" unicode \u00e9 \uD83D\uDE00"
            block: String = """block "default" value"""
            "Deprecated paging"
            offset: Int @deprecated
          ): [Region!]! @cost(weight: "10")
          search(text: String!, by: SearchBy): [SearchResult!]
          old: String @deprecated(reason: "Use `regions`.")
          older: String @deprecated(reason: "No longer supported")
          nested: [[Region!]]!
          since: Instant
          raw: Json
        }

        type Changes {
          enrol(input: EnrolInput!): Boolean
        }

        type Feed {
          regionChanged: Region
        }

        type Region implements Area & Place & Node {
          id: ID!
          name(lang: String = "id"): String
          population: Int
          "Kode Kemendagri"
          code: String!
          category: Category
          coveredSince: Instant
        }

        type Branch implements Node {
          id: ID!
          region: Region
        }

        union SearchResult @audit = Region | Branch

        """
        Kategori peserta

        with a blank line
        """
        enum Category {
          "Penerima Upah"
          PU
          BPU
          JAKON @deprecated(reason: "Merged into PU")
          PMI @deprecated
        }

        input RegionFilter {
          nameContains: String
          codes: [String!]
          category: Category = PU
          nested: RegionFilter
          legacyCode: String @deprecated(reason: "Use `codes`.")
        }

        "Exactly one way to search."
        input SearchBy @oneOf {
          code: String
          name: String
        }

        input EnrolInput {
          nik: String!
          "Start date"
          start: Instant
          programmes: [Category!]! = [PU]
          options: Json = {a: [1, 2.5, "x", true, null], b: {c: ENUM_LIKE}}
          optional: Int @deprecated(reason: "Never read")
        }
        """";

    /// <summary>A schema with the default root names, no schema description, and edge cases of empty and unused parts.</summary>
    public const string Plain = """
        type Query {
          ""
          a: Int
          lonely: Lonely
          one: Only
          list(ids: [ID!]! = [], flag: Boolean = false, limit: Float = 0.5): [[Int]]
        }

        "An interface nothing implements"
        interface Lonely { x: Int }

        union Only = Query

        enum Empty { ONLY }

        input Unused { e: Empty = ONLY, list: [Empty] = [ONLY] }
        """;

    /// <summary>Every schema the differential tests compare.</summary>
    public static IReadOnlyList<string> All { get; } = [Sdl, Plain];
}

using BpjsTk.GraphQL.Tests.Execution;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Types.MutationConventions;

public sealed class MutationConventionTests
{
    [Fact]
    public void Convention_field_prints_with_one_input_a_payload_and_an_error_union_of_types_implementing_Error()
    {
        var sdl = SchemaPrinter.Print(Schema());

        Assert.Equal(
            """
            type Query {
              ping: String
            }

            type Mutation {
              renameBook(input: RenameBookInput!): RenameBookPayload!
              touch: TouchPayload!
            }

            type Book {
              isbn: String!
              title: String!
            }

            type TitleRejected implements Error {
              message: String!
              field: String!
            }

            input RenameBookInput {
              isbn: String!
              title: String!
            }

            type BookNotFound implements Error {
              message: String!
              isbn: String!
            }

            interface Error {
              message: String!
            }

            union RenameBookError = BookNotFound | TitleRejected

            type RenameBookPayload {
              book: Book
              errors: [RenameBookError!]
            }

            type TouchPayload {
              boolean: Boolean
            }
            """,
            sdl);
    }

    [Fact]
    public async Task Resolver_reads_input_fields_as_arguments_and_its_result_fills_the_payload_with_errors_null()
    {
        var json = await ExecutionHarness.RunAsync(Schema(), """
            mutation { renameBook(input: { isbn: "978-1", title: "Baru" }) { book { isbn title } errors { __typename } } }
            """);

        Assert.Equal("""{"data":{"renameBook":{"book":{"isbn":"978-1","title":"Baru"},"errors":null}}}""", json);
    }

    [Fact]
    public async Task Returned_errors_fill_the_payload_errors_with_their_types_and_leave_the_result_null()
    {
        var json = await ExecutionHarness.RunAsync(Schema(), """
            mutation($input: RenameBookInput!) {
              renameBook(input: $input) {
                book { title }
                errors { __typename ... on Error { message } ... on BookNotFound { isbn } ... on TitleRejected { field } }
              }
            }
            """,
            new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["isbn"] = "0", ["title"] = "" } });

        Assert.Equal(
            """{"data":{"renameBook":{"book":null,"errors":[{"__typename":"BookNotFound","message":"No book has ISBN 0.","isbn":"0"},{"__typename":"TitleRejected","message":"A title is required.","field":"input.title"}]}}}""",
            json);
    }

    [Fact]
    public async Task Field_without_arguments_takes_no_input_and_names_its_result_after_the_type()
    {
        var json = await ExecutionHarness.RunAsync(Schema(), "mutation { touch { boolean } }");

        Assert.Equal("""{"data":{"touch":{"boolean":true}}}""", json);
    }

    [Fact]
    public async Task Exception_in_the_resolver_is_a_field_error_not_a_payload_error()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(q => q.Field("ping").Type("String").Resolve(_ => "pong"))
            .AddMutationType(m => m.Field("fail").Type("String")
                .Argument("reason", a => a.Type("String!"))
                .UseMutationConvention(new MutationFieldOptions { PayloadFieldName = "outcome" })
                .Resolve(ctx => throw new GraphQLException(GraphQLError.WithCode(ctx.ArgumentValue<string>("reason"), "REFUSED"))))
            .AddMutationConventions()
            .Build();

        var json = await ExecutionHarness.RunAsync(schema, """mutation { fail(input: { reason: "no" }) { outcome } }""");

        Assert.Equal("""{"errors":[{"message":"no","locations":[{"line":1,"column":12}],"path":["fail"],"extensions":{"code":"REFUSED"}}],"data":null}""", json);
    }

    [Fact]
    public async Task Field_already_taking_its_convention_input_keeps_it_and_reads_it_whole()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(q => q.Field("ping").Type("String").Resolve(_ => "pong"))
            .AddMutationType(m => m.Field("addBook").Type("Book")
                .Argument("input", a => a.Type("AddBookInput!"))
                .UseMutationConvention()
                .Resolve(ctx => ctx.ArgumentValue<AddBookInput>("input") is { } input ? new Book(input.Isbn, input.Title) : null))
            .AddInputObjectType<AddBookInput>()
            .AddObjectType<Book>()
            .AddMutationConventions()
            .Build();

        var json = await ExecutionHarness.RunAsync(schema, """mutation { addBook(input: { isbn: "978-2", title: "Dua" }) { book { isbn title } } }""");

        Assert.Contains("addBook(input: AddBookInput!): AddBookPayload!", SchemaPrinter.Print(schema), StringComparison.Ordinal);
        Assert.Equal("""{"data":{"addBook":{"book":{"isbn":"978-2","title":"Dua"}}}}""", json);
    }

    [Fact]
    public void Error_named_by_a_type_the_schema_lacks_is_a_schema_error()
    {
        var builder = SchemaBuilder.New()
            .AddQueryType(q => q.Field("ping").Type("String").Resolve(_ => "pong"))
            .AddMutationType(m => m.Field("x").Type("String").UseMutationConvention().Error("Missing").Resolve(_ => "y"))
            .AddMutationConventions();

        var error = Assert.Throws<SchemaException>(builder.Build);

        Assert.Contains("Unknown type \"Missing\".", error.Message, StringComparison.Ordinal);
    }

    private static Schema Schema() =>
        SchemaBuilder.New()
            .AddQueryType(q => q.Field("ping").Type("String").Resolve(_ => "pong"))
            .AddMutationType(m =>
            {
                m.Field("renameBook").Type("Book!")
                    .Argument("isbn", a => a.Type("String!"))
                    .Argument("title", a => a.Type("String!"))
                    .UseMutationConvention()
                    .Error<BookNotFound>()
                    .Error("TitleRejected")
                    .Resolve(ctx => Rename(ctx.ArgumentValue<string>("isbn"), ctx.ArgumentValue<string>("title")));
                m.Field("touch").Type("Boolean!").UseMutationConvention().Resolve(_ => true);
            })
            .AddObjectType<Book>()
            .AddObjectType<TitleRejected>()
            .AddMutationConventions()
            .Build();

    private static object Rename(string isbn, string title)
    {
        var errors = new List<object>();
        if (isbn != "978-1")
        {
            errors.Add(new BookNotFound($"No book has ISBN {isbn}.", isbn));
        }

        if (title.Length == 0)
        {
            errors.Add(new TitleRejected("A title is required.", "input.title"));
        }

        return errors.Count > 0 ? new MutationErrors(errors) : new Book(isbn, title);
    }

    private sealed record Book(string Isbn, string Title);

    private sealed class AddBookInput
    {
        public required string Isbn { get; init; }

        public required string Title { get; init; }
    }

    private sealed record BookNotFound(string Message, string Isbn);

    private sealed record TitleRejected(string Message, string Field);
}

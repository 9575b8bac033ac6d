using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Tests.Language;

public sealed class NameCacheTests
{
    [Fact]
    public void Equal_names_in_separate_documents_share_one_string()
    {
        var first = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(GraphQLParser.Parse("{ employerCount }").Definitions[0]).SelectionSet.Selections[0]);
        var second = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(GraphQLParser.Parse("query { employerCount }").Definitions[0]).SelectionSet.Selections[0]);

        Assert.Same(first.Name.Value, second.Name.Value);
    }

    [Fact]
    public void Names_hashing_to_the_same_slot_keep_their_own_text()
    {
        var names = Enumerable.Range(0, 10_000).Select(i => "n" + i).ToList();

        var cached = names.Select(n => NameCache.Get(n.AsSpan())).ToList();

        Assert.Equal(names, cached);
    }
}

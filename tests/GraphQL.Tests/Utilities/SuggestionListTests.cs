using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Utilities;

public sealed class SuggestionListTests
{
    [Fact]
    public void Close_names_are_suggested_nearest_first()
    {
        Assert.Equal(["abc", "ab", "abcd", "a"], SuggestionList.For("abc", ["a", "ab", "abc", "abcd", "xyz"]));
        Assert.Equal(["name", "names"], SuggestionList.For("nam", ["names", "name", "nickname"]));
    }

    [Fact]
    public void Case_only_difference_counts_one_edit_and_transposition_counts_one()
    {
        Assert.Equal(["NAME"], SuggestionList.For("name", ["NAME"]));
        Assert.Equal(["ab"], SuggestionList.For("ba", ["ab"]));
    }

    [Fact]
    public void Names_further_than_the_threshold_are_not_suggested()
    {
        Assert.Empty(SuggestionList.For("dog", ["cat", "human"]));
        Assert.Empty(SuggestionList.For("a", ["bcd"]));
    }

    [Fact]
    public void Ties_are_ordered_naturally_with_numbers_compared_as_numbers()
    {
        Assert.Equal(["a2", "a10"], SuggestionList.For("a1", ["a10", "a2"]));
        Assert.True(NaturalComparer.Instance.Compare("a2b", "a10b") < 0);
        Assert.True(NaturalComparer.Instance.Compare("a", "a0") < 0);
    }

    [Theory]
    [InlineData(new string[0], null, "")]
    [InlineData(new[] { "a" }, null, " Did you mean \"a\"?")]
    [InlineData(new[] { "a", "b" }, null, " Did you mean \"a\" or \"b\"?")]
    [InlineData(new[] { "a", "b", "c", "d", "e", "f" }, null, " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?")]
    [InlineData(new[] { "A", "B", "C" }, "to use an inline fragment on", " Did you mean to use an inline fragment on \"A\", \"B\", or \"C\"?")]
    public void Did_you_mean_lists_at_most_five_suggestions(string[] suggestions, string? subMessage, string expected)
    {
        Assert.Equal(expected, DidYouMean.Format(suggestions, subMessage));
    }
}

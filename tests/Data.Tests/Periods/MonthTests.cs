using BpjsTk.Data.Periods;

namespace BpjsTk.Data.Tests.Periods;

public sealed class MonthTests
{
    [Theory]
    [InlineData(2016, 12, 201612, "2016-12", 4)]
    [InlineData(2020, 1, 202001, "2020-01", 1)]
    [InlineData(2025, 6, 202506, "2025-06", 2)]
    public void A_month_is_stored_as_yyyymm_and_printed_as_ISO(int year, int number, int stored, string text, int quarter)
    {
        var month = new Month(year, number);

        Assert.Equal(stored, month.ToYyyymm());
        Assert.Equal(month, Month.FromYyyymm(stored));
        Assert.Equal(text, month.ToString());
        Assert.Equal(month, Month.Parse(text));
        Assert.Equal(quarter, month.Quarter);
    }

    [Fact]
    public void Adding_months_crosses_years_both_ways()
    {
        Assert.Equal(new Month(2017, 2), new Month(2016, 11).AddMonths(3));
        Assert.Equal(new Month(2015, 12), new Month(2016, 1).AddMonths(-1));
        Assert.Equal(14, new Month(2017, 2).MonthsSince(new Month(2015, 12)));
    }

    [Fact]
    public void Quarter_and_year_helpers_give_the_first_month_and_the_last_day()
    {
        var august = new Month(2024, 8);

        Assert.Equal(new Month(2024, 7), august.FirstOfQuarter);
        Assert.Equal(new Month(2024, 1), august.FirstOfYear);
        Assert.Equal(new DateOnly(2024, 8, 31), august.LastDay);
        Assert.Equal(new DateOnly(2024, 2, 29), new Month(2024, 2).LastDay);
    }

    [Theory]
    [InlineData("2016-13")]
    [InlineData("2016-1")]
    [InlineData("201612")]
    [InlineData("Dec 2016")]
    public void Parse_rejects_anything_but_yyyy_MM(string text) =>
        Assert.Throws<FormatException>(() => Month.Parse(text));

    [Fact]
    public void Months_order_by_time()
    {
        Assert.True(new Month(2013, 12) < new Month(2014, 1));
        Assert.True(new Month(2020, 1) >= new Month(2020, 1));
        Assert.Equal(
            [new Month(2013, 12), new Month(2016, 12), new Month(2020, 1)],
            new[] { new Month(2020, 1), new Month(2013, 12), new Month(2016, 12) }.Order());
    }
}

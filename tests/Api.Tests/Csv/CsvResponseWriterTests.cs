using System.Text.Json;
using BpjsTk.Api.GraphQLHttp;

namespace BpjsTk.Api.Tests.Csv;

public sealed class CsvResponseWriterTests
{
    [Fact]
    public void Report_rows_become_lines_with_dotted_column_names()
    {
        var csv = Write("""
            { "coverage": { "totalCount": 2, "items": [
              { "region": { "code": "KALIMANTAN", "name": "Kalimantan" }, "period": "2013", "activeParticipants": 72798, "coverageRate": null },
              { "region": { "code": "SUMBAGSEL", "name": "Sumbagsel" }, "period": "2020", "activeParticipants": 48858, "coverageRate": 0.0364 }
            ] } }
            """);
        Assert.Equal(
            "coverage.items.region.code,coverage.items.region.name,coverage.items.period,coverage.items.activeParticipants,coverage.items.coverageRate\r\n"
            + "KALIMANTAN,Kalimantan,2013,72798,\r\n"
            + "SUMBAGSEL,Sumbagsel,2020,48858,0.0364\r\n",
            csv);
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_as_RFC_4180_asks()
    {
        var csv = Write("""{ "sources": [ { "title": "Jember, Jawa Timur", "note": "the \"wadah\" model", "text": "line one\nline two" } ] }""");
        Assert.Equal(
            "sources.title,sources.note,sources.text\r\n"
            + "\"Jember, Jawa Timur\",\"the \"\"wadah\"\" model\",\"line one\nline two\"\r\n",
            csv);
    }

    [Fact]
    public void A_nested_list_is_joined_into_one_cell()
    {
        var csv = Write("""{ "coverage": { "items": [ { "period": "2016", "sources": [ { "publisher": "Antara Jatim" }, { "publisher": "Bisnis.com" } ] } ] } }""");
        Assert.Equal("coverage.items.period,coverage.items.sources.publisher\r\n2016,Antara Jatim; Bisnis.com\r\n", csv);
    }

    [Fact]
    public void Columns_missing_from_a_row_stay_empty_and_keep_their_place()
    {
        var csv = Write("""{ "regions": [ { "code": "A" }, { "code": "B", "coverage": { "activeParticipants": 5 } } ] }""");
        Assert.Equal("regions.code,regions.coverage.activeParticipants\r\nA,\r\nB,5\r\n", csv);
    }

    [Fact]
    public void A_null_object_leaves_its_field_columns_empty()
    {
        var csv = Write("""{ "coverage": { "items": [ { "branch": null, "period": "2013" }, { "branch": { "code": "KC-JEMBER" }, "period": "2016" } ] } }""");
        Assert.Equal("coverage.items.branch.code,coverage.items.period\r\n,2013\r\nKC-JEMBER,2016\r\n", csv);
    }

    [Fact]
    public void A_result_without_a_list_is_one_row()
    {
        var csv = Write("""{ "node": { "code": "KC-JEMBER", "name": "Kantor Cabang Jember" } }""");
        Assert.Equal("node.code,node.name\r\nKC-JEMBER,Kantor Cabang Jember\r\n", csv);
    }

    [Fact]
    public void Text_that_Excel_would_run_as_a_formula_is_kept_as_text()
    {
        var csv = Write("""{ "partners": [ { "name": "=HYPERLINK(\"http://x\")", "count": -3 } ] }""");
        Assert.Equal("partners.name,partners.count\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n", csv);
    }

    [Fact]
    public void Null_data_gives_no_lines()
    {
        using var document = JsonDocument.Parse("null");
        Assert.Equal(string.Empty, CsvResponseWriter.Write(document.RootElement));
    }

    private static string Write(string json)
    {
        using var document = JsonDocument.Parse(json);
        return CsvResponseWriter.Write(document.RootElement);
    }
}

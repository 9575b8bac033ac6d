namespace BpjsTk.Schema.Tests;

public sealed class ReportingFieldsTests
{
    [Fact]
    public void Every_query_root_field_is_reporting_except_membership_and_change_history_so_a_new_field_forces_a_caching_decision()
    {
        var fields = BpjsTkSchema.Build().QueryType.Fields.Select(field => field.Name).ToList();

        var notReporting = fields.Where(name => !ReportingFields.Names.Contains(name)).Order(StringComparer.Ordinal).ToList();
        var stale = ReportingFields.Names.Where(name => name != "__typename" && !fields.Contains(name)).ToList();

        Assert.Equal(["dataChanges", "employerMembership", "membership", "membershipBatch", "membershipChecks"], notReporting);
        Assert.Empty(stale);
    }
}

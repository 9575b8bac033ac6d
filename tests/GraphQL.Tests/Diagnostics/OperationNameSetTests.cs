using BpjsTk.GraphQL.Diagnostics;

namespace BpjsTk.GraphQL.Tests.Diagnostics;

public sealed class OperationNameSetTests
{
    [Fact]
    public void Names_past_the_capacity_are_not_admitted_while_known_names_stay_admitted()
    {
        var names = new OperationNameSet(capacity: 2);
        List<string> asked = ["Regions", "Coverage", "Invented", "Regions"];

        var admitted = asked.Select(names.Admit).ToList();

        Assert.Equal([true, true, false, true], admitted);
    }

    [Fact]
    public void An_operation_without_a_name_is_tagged_anonymous()
    {
        Assert.Equal(GraphQLDiagnostics.AnonymousOperation, GraphQLDiagnostics.OperationNameTagValue(null));
        Assert.Equal(GraphQLDiagnostics.AnonymousOperation, GraphQLDiagnostics.OperationNameTagValue(""));
    }
}

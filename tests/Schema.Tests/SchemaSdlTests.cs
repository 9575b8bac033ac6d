using BpjsTk.GraphQL.Utilities;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests;

public sealed class SchemaSdlTests
{
    [Fact]
    public void Schema_prints_as_the_reviewed_sdl() =>
        SnapshotAssert.Matches(SchemaPrinter.Print(BpjsTkSchema.Build()));
}

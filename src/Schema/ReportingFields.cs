namespace BpjsTk.Schema;

/// <summary>
/// The query root fields that report published figures and reference data: their answers depend only on the document and
/// its variables, never on who asks, so a host may cache them. Membership checks, their audit and the change history are not among them.
/// </summary>
public static class ReportingFields
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "__typename", "node", "nodes",
        "regions", "provinces", "regencies", "branches", "subBranchOffices",
        "partners", "partnerPrograms", "occupations", "sources", "participantCategories", "programs",
        "employers", "coverage",
    };
}

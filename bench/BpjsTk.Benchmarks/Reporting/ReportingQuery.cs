namespace BpjsTk.Benchmarks.Reporting;

/// <summary>
/// One dashboard query of docs/reporting.md as a client sends it, and the SQL a developer would write by hand for the
/// same rows. In <see cref="Sql"/>, <c>{agg}</c> stands for the provider's distinct string aggregate of publishers.
/// <see cref="Field"/> of every row of the response equals column <see cref="Column"/> of the SQL's row: the setup checks it.
/// </summary>
internal sealed record ReportingQuery(string Name, string GraphQL, string Sql, int Rows, string Field, int Column);

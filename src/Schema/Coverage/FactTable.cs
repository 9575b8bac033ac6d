namespace BpjsTk.Schema.Coverage;

/// <summary>The tables coverage reads its facts from, each with its own alias and resolved dimensions in <see cref="CoverageFactSql"/>.</summary>
internal enum FactTable
{
    Figures,
    Targets,
    Potentials,
}

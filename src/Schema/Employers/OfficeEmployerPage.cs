using BpjsTk.Data.Employers;

namespace BpjsTk.Schema.Employers;

/// <summary>One office's page of employers and how many it has in all, as the batch statement reads them.</summary>
internal sealed record OfficeEmployerPage(int OfficeId, List<Employer> Items, int Total);

using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Synthetic;

/// <summary>The slice a generated coverage figure describes: an office in one regency it serves, a category and, for BPU, an occupation.</summary>
internal readonly record struct CoverageGroupKey(int OfficeId, int RegencyId, ParticipantCategoryCode Category, int? OccupationId)
    : IComparable<CoverageGroupKey>
{
    public int CompareTo(CoverageGroupKey other)
    {
        var order = OfficeId.CompareTo(other.OfficeId);
        order = order != 0 ? order : RegencyId.CompareTo(other.RegencyId);
        order = order != 0 ? order : Category.CompareTo(other.Category);
        return order != 0 ? order : (OccupationId ?? 0).CompareTo(other.OccupationId ?? 0);
    }
}

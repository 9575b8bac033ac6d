using BpjsTk.Data.Periods;

namespace BpjsTk.Data.Synthetic;

/// <summary>Per-month counts over the generated window, built from "active from month a through month b" spans in O(1) each.</summary>
internal sealed class MonthlyCounts
{
    private readonly long[] _activeChanges = new long[SyntheticPlan.Months + 1];
    private readonly long[] _new = new long[SyntheticPlan.Months];

    /// <summary>Counts one member registered in <paramref name="registeredIn"/> and active through <paramref name="activeThrough"/> (never, when null).</summary>
    public void Add(Month registeredIn, Month? activeThrough)
    {
        var registered = registeredIn.MonthsSince(SyntheticPlan.StartMonth);
        if (registered >= 0)
        {
            _new[registered]++;
        }

        if (activeThrough is not { } through)
        {
            return;
        }

        var first = Math.Max(0, registered);
        var last = Math.Min(SyntheticPlan.Months - 1, through.MonthsSince(SyntheticPlan.StartMonth));
        if (first <= last)
        {
            _activeChanges[first]++;
            _activeChanges[last + 1]--;
        }
    }

    /// <summary>Active members per month, from the first month of the window.</summary>
    public long[] Active()
    {
        var active = new long[SyntheticPlan.Months];
        long running = 0;
        for (var m = 0; m < SyntheticPlan.Months; m++)
        {
            running += _activeChanges[m];
            active[m] = running;
        }

        return active;
    }

    public long NewIn(int monthIndex) => _new[monthIndex];
}

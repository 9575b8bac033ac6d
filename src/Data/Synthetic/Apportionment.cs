namespace BpjsTk.Data.Synthetic;

/// <summary>Splits a whole number by weights so the parts are whole and add up exactly (largest remainder, ties to the lower index).</summary>
internal static class Apportionment
{
    public static long[] Split(long total, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var parts = new long[weights.Count];
        var sum = weights.Sum();
        if (total == 0 || sum <= 0)
        {
            return parts;
        }

        var remainders = new double[weights.Count];
        long assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = total * (weights[i] / sum);
            parts[i] = (long)Math.Floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }

        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; assigned < total; k = (k + 1) % order.Length)
        {
            parts[order[k]]++;
            assigned++;
        }

        return parts;
    }
}

using BpjsTk.Data;
using BpjsTk.Data.Synthetic;

namespace BpjsTk.Benchmarks.Membership;

/// <summary>Writes real NIKs of a synthetic database, rebuilt from its seed and spread over all participants, one a line.</summary>
internal static class MembershipNiks
{
    public const string Usage = "membership-niks --provider sqlite|postgres --connection <connection string> --count N [--seed 42] [--scale medium]";

    public static async Task<int> RunAsync(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        if (Value("--connection") is not { } connection
            || !Enum.TryParse<DatabaseProvider>(Value("--provider"), ignoreCase: true, out var provider)
            || !int.TryParse(Value("--count"), out var count)
            || !Enum.TryParse<SyntheticScale>(Value("--scale") ?? "medium", ignoreCase: true, out var scale))
        {
            Console.Error.WriteLine("Usage: " + Usage);
            return 2;
        }

        await using var db = new DatabaseSettings(provider, connection).CreateContext();
        var plan = await SyntheticPlan.LoadAsync(db, scale, int.Parse(Value("--seed") ?? "42", System.Globalization.CultureInfo.InvariantCulture), null, CancellationToken.None);
        var step = Math.Max(1, plan.ParticipantCount / count);
        for (var i = 0; i < count && i * step < plan.ParticipantCount; i++)
        {
            Console.WriteLine(plan.NikFor(i * step));
        }

        return 0;
    }
}

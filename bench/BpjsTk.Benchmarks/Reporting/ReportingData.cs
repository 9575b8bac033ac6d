using BpjsTk.Data;

namespace BpjsTk.Benchmarks.Reporting;

/// <summary>Where the medium synthetic data lives (environment variables override) and the key its NIKs were hashed with.</summary>
internal static class ReportingData
{
    public static byte[] NikHashKey => Generation.GenerationBenchmark.NikKey;

    public static string ConnectionString(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? Environment.GetEnvironmentVariable("BPJSTK_BENCH_SQLITE") ?? "Data Source=/tmp/bench-data/reporting.db"
        : Environment.GetEnvironmentVariable("BPJSTK_BENCH_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=reporting";
}

using BpjsTk.Benchmarks.Engine;
using BpjsTk.Benchmarks.Generation;
using BpjsTk.Benchmarks.Reporting;

return args.FirstOrDefault() switch
{
    "generate" => await GenerationBenchmark.RunAsync(args[1..]),
    "engine" => EngineBenchmark.Run(args[1..]),
    "reporting" => ReportingBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: " + GenerationBenchmark.Usage);
    Console.Error.WriteLine("       " + EngineBenchmark.Usage);
    Console.Error.WriteLine("       " + ReportingBenchmark.Usage);
    return 2;
}

using BpjsTk.Benchmarks.Engine;
using BpjsTk.Benchmarks.Generation;
using BpjsTk.Benchmarks.Membership;

return args.FirstOrDefault() switch
{
    "generate" => await GenerationBenchmark.RunAsync(args[1..]),
    "engine" => EngineBenchmark.Run(args[1..]),
    "membership-floor" => await MembershipFloor.RunAsync(args[1..]),
    "membership-niks" => await MembershipNiks.RunAsync(args[1..]),
    "engine-worker" => EngineWorker.Run(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: " + GenerationBenchmark.Usage);
    Console.Error.WriteLine("       " + EngineBenchmark.Usage);
    Console.Error.WriteLine("       " + MembershipFloor.Usage);
    Console.Error.WriteLine("       " + MembershipNiks.Usage);
    Console.Error.WriteLine("       " + EngineWorker.Usage);
    return 2;
}

using BpjsTk.Benchmarks.Generation;

return args.FirstOrDefault() switch
{
    "generate" => await GenerationBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: " + GenerationBenchmark.Usage);
    return 2;
}

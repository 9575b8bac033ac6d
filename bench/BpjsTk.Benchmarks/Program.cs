using BpjsTk.Benchmarks.Engine;
using BpjsTk.Benchmarks.Generation;
using BpjsTk.Benchmarks.Import;

return args.FirstOrDefault() switch
{
    "generate" => await GenerationBenchmark.RunAsync(args[1..]),
    "engine" => EngineBenchmark.Run(args[1..]),
    "import-file" => await ImportFileGenerator.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: " + GenerationBenchmark.Usage);
    Console.Error.WriteLine("       " + EngineBenchmark.Usage);
    Console.Error.WriteLine("       " + ImportFileGenerator.Usage);
    return 2;
}

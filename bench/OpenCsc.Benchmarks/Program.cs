using BenchmarkDotNet.Running;
using OpenCsc.Benchmarks;

// `seed-scale` is a single measured run (rows/s and peak memory) for boroughs too big to repeat;
// everything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "seed-scale")
{
    return await SeedScale.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(SeedBenchmarks).Assembly).Run(args);
return 0;

using BenchmarkDotNet.Running;
using OpenCsc.Benchmarks;

// `seed-scale` and `scale` are single measured runs for boroughs too big to repeat (seeding; indicators, returns);
// everything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "seed-scale")
{
    return await SeedScale.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "cin-scale")
{
    return CinCensusValidationScale.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "ssda903-scale")
{
    return Ssda903ValidationScale.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "scale")
{
    return await ScaleRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(SeedBenchmarks).Assembly).Run(args);
return 0;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenCsc.Returns;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.CinCensus;

namespace OpenCsc.Benchmarks;

/// <summary>All CIN census rules on the sample census in ../shared/samples/cin (read as written, then validated).</summary>
[Config(typeof(Config))]
public class CinCensusValidationBenchmarks
{
    private string _sample = "";

    [GlobalSetup]
    public void GlobalSetup()
    {
        string shared = Environment.GetEnvironmentVariable("OPENCSC_SHARED") is { Length: > 0 } configured
            ? configured
            : Path.Combine(FindRepository(), "..", "shared");
        _sample = Path.Combine(shared, "samples", "cin", "fake_CIN_data.xml");
        if (!File.Exists(_sample))
        {
            throw new FileNotFoundException($"The CIN sample is not at {_sample}; set OPENCSC_SHARED.");
        }
    }

    [Benchmark]
    public int ReadAndValidateSample()
    {
        ValidationReport report = CinCensusValidator.Validate(CinCensusTables.ReadFile(_sample), new CollectionYear(2021));
        return report.Failures.Count;
    }

    private static string FindRepository()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenCsc.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Throughput)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(5), logOutput: false)))
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
    }
}

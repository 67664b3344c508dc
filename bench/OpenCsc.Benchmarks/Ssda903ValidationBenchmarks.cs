using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenCsc.Returns;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.Benchmarks;

/// <summary>
/// All 2026/27 SSDA903 rules over a return's CSV tables, read as written then validated (what `opencsc validate
/// ssda903` does): the sample return in OPENCSC_SHARED (default ../shared)/samples/ssda903 loaded as this year and as
/// last year, and a synthetic Barnet-sized return (350 children looked after, 70 care leavers) with last year's.
/// </summary>
[Config(typeof(Config))]
public class Ssda903ValidationBenchmarks
{
    /// <summary>About the children Barnet looks after in a year.</summary>
    public const int BarnetChildren = 350;

    private static readonly CollectionYear Year = new(2026);

    private string _sample = "";
    private string _synthetic = "";
    private (string ThisYear, string LastYear) _barnet;

    [GlobalSetup(Target = nameof(SampleAsThisYearAndLast))]
    public void SetUpSample()
    {
        _sample = Path.Combine(SharedFolder.Path, "samples", "ssda903");
        if (!File.Exists(Path.Combine(_sample, "episodes.csv")))
        {
            throw new FileNotFoundException($"The SSDA903 sample return is absent: no episodes.csv in {_sample}. Set OPENCSC_SHARED to the shared folder (default ../shared beside the repository).");
        }
    }

    [GlobalSetup(Target = nameof(BarnetSized))]
    public void SetUpBarnet()
    {
        _synthetic = Directory.CreateTempSubdirectory("opencsc-903-bench-").FullName;
        _barnet = Ssda903Synthetic.WriteBoth(_synthetic, BarnetChildren, Year);
    }

    [GlobalCleanup(Target = nameof(BarnetSized))]
    public void CleanUpBarnet() => Directory.Delete(_synthetic, recursive: true);

    [Benchmark]
    public int SampleAsThisYearAndLast() => ValidateSsda903Files.Run(_sample, _sample, Year).Report.Failures.Count;

    [Benchmark]
    public int BarnetSized() => ValidateSsda903Files.Run(_barnet.ThisYear, _barnet.LastYear, Year).Report.Failures.Count;

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Throughput)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(5), logOutput: false)))
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
    }
}

/// <summary>The shared folder of samples and formats: OPENCSC_SHARED, else ../shared beside the repository.</summary>
internal static class SharedFolder
{
    public static string Path => Environment.GetEnvironmentVariable("OPENCSC_SHARED") is { Length: > 0 } configured
        ? configured
        : System.IO.Path.Combine(Repository(), "..", "shared");

    private static string Repository()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OpenCsc.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

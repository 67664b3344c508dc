using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.Indicators;

namespace OpenCsc.Benchmarks;

/// <summary>Every indicator in the catalogue for 24 months, for a Barnet-sized borough (seeded once per engine).</summary>
[Config(typeof(Config))]
public class IndicatorBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private BenchDatabases? _databases;
    private DatabaseSettings? _settings;

    [Params(BenchEngine.Sqlite, BenchEngine.Postgres)]
    public BenchEngine Engine { get; set; }

    [GlobalSetup]
    public void GlobalSetup() => Run(async () =>
    {
        _databases = new BenchDatabases();
        _settings = await _databases.CreateAsync(Engine);
        await DemoBorough.SeedAsync(_settings, new DemoBoroughOptions { Children = DemoBoroughOptions.DefaultChildren, Years = 5, Seed = 1, AsOf = AsOf }, null, false, CancellationToken.None);
    });

    [Benchmark(Description = "All indicators, 24 months, whole authority")]
    public async Task<int> AllIndicators24Months()
    {
        await using AppDbContext db = AppDatabase.CreateContext(_settings!);
        var values = await new ComputeIndicators(db, OpenCsc.Indicators.IndicatorSettings.With(OpenCsc.Calendar.TimescalesInForce.Statutory)).ValuesAsync(IndicatorCatalogue.All, ReportingPeriod.Months(AsOf, 24));
        return values.Count;
    }

    [GlobalCleanup]
    public void GlobalCleanup() => Run(async () => await _databases!.DisposeAsync());

    private static void Run(Func<Task> work) => work().GetAwaiter().GetResult();

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: false)));
    }
}

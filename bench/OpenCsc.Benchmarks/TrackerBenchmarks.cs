using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.Trackers;

namespace OpenCsc.Benchmarks;

/// <summary>
/// The trackers for a Barnet-sized borough (seeded once per engine): the whole visit tracker (CIN, CP, looked-after and
/// care leaver visits, every team), and every tracker in turn, as a team manager's morning opens them.
/// </summary>
[Config(typeof(Config))]
public class TrackerBenchmarks
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

    [Benchmark(Description = "Whole visit tracker, every team")]
    public async Task<int> VisitTracker()
    {
        await using AppDbContext db = AppDatabase.CreateContext(_settings!);
        var list = await new ListTrackerItems(TrackerQuery.For(db, OpenCsc.Calendar.TimescalesInForce.Statutory)).RunAsync(TrackerCatalogue.Find("visits")!, new TrackerFilter(AsOf));
        return list.Items.Count;
    }

    [Benchmark(Description = "Every tracker, every team")]
    public async Task<int> AllTrackers()
    {
        await using AppDbContext db = AppDatabase.CreateContext(_settings!);
        var lister = new ListTrackerItems(TrackerQuery.For(db, OpenCsc.Calendar.TimescalesInForce.Statutory));
        int items = 0;
        foreach (Tracker tracker in TrackerCatalogue.All)
        {
            items += (await lister.RunAsync(tracker, new TrackerFilter(AsOf))).Items.Count;
        }

        return items;
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

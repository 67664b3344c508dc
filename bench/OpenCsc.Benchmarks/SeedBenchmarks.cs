using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;

namespace OpenCsc.Benchmarks;

/// <summary>
/// Seeding a Barnet-sized borough (93,000 children, 5 years, seed 1, as of 31 March 2026) into an empty database.
/// Runs in-process so the rows-per-second column can read the rows each run wrote.
/// </summary>
[Config(typeof(RowsPerSecondConfig))]
public class SeedBenchmarks
{
    internal static readonly Dictionary<string, long> RowsByCase = [];

    private BenchDatabases? _databases;
    private DatabaseSettings? _settings;
    private long _rows;

    [Params(BenchEngine.Sqlite, BenchEngine.Postgres)]
    public BenchEngine Engine { get; set; }

    [GlobalSetup]
    public void GlobalSetup() => _databases = new BenchDatabases();

    [IterationSetup]
    public void IterationSetup() => _settings = _databases!.CreateAsync(Engine).GetAwaiter().GetResult();

    [Benchmark(Description = "Seed Barnet-sized borough, 5 years")]
    public async Task SeedBarnetSized()
    {
        SeedResult result = await DemoBorough.SeedAsync(
            _settings!,
            new DemoBoroughOptions { Children = DemoBoroughOptions.DefaultChildren, Years = 5, Seed = 1, AsOf = new DateOnly(2026, 3, 31) },
            progress: null,
            force: false,
            CancellationToken.None);
        _rows = result.RowsWritten;
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        RowsByCase[Engine.ToString()] = _rows;
        _databases!.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private sealed class RowsPerSecondConfig : ManualConfig
    {
        public RowsPerSecondConfig()
        {
            // In-process (so the column can read the rows written), three measured seeds after one warm-up.
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: false)));
            AddColumn(new RowsPerSecondColumn());
        }
    }

    private sealed class RowsPerSecondColumn : IColumn
    {
        public string Id => "RowsPerSecond";

        public string ColumnName => "Rows/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Rows written per second (rows of the run / mean time)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            string engine = benchmarkCase.Parameters["Engine"]?.ToString() ?? "";
            BenchmarkReport? report = summary[benchmarkCase];
            if (!RowsByCase.TryGetValue(engine, out long rows) || report?.ResultStatistics is null)
            {
                return "-";
            }

            double seconds = report.ResultStatistics.Mean / 1e9;
            return (rows / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;
using OpenCsc.Returns;
using OpenCsc.Returns.AnnexA;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Benchmarks;

/// <summary>
/// Import and export throughput of the statutory returns for a Barnet-sized borough (93,000 children, 5 years, seed 1,
/// as of 30 June 2026; the 2025/26 returns): exports from the seeded database, imports into an empty one.
/// </summary>
[Config(typeof(Config))]
public class ReturnsBenchmarks
{
    private static readonly CollectionYear Year = new(2025);
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private BenchDatabases? _databases;
    private DatabaseSettings? _source;
    private DatabaseSettings? _target;
    private string _folder = "";

    [Params(BenchEngine.Sqlite, BenchEngine.Postgres)]
    public BenchEngine Engine { get; set; }

    private string CinFile => Path.Combine(_folder, "cin.xml");

    private string Ssda903Folder => Path.Combine(_folder, "ssda903");

    [GlobalSetup]
    public void GlobalSetup() => Run(async () =>
    {
        _databases = new BenchDatabases();
        _source = await _databases.CreateAsync(Engine);
        await DemoBorough.SeedAsync(_source, new DemoBoroughOptions { Children = DemoBoroughOptions.DefaultChildren, Years = 5, Seed = 1, AsOf = AsOf }, null, false, CancellationToken.None);
        _folder = Directory.CreateTempSubdirectory("opencsc-returns-bench-").FullName;
        await using AppDbContext db = AppDatabase.CreateContext(_source);
        await using (FileStream cin = File.Create(CinFile))
        {
            await ExportCinCensus.WriteAsync(db, Year, cin);
        }

        await ExportSsda903.WriteFolderAsync(db, Year, Ssda903Folder);
    });

    [IterationSetup(Targets = [nameof(ImportCinCensus), nameof(ImportSsda903)])]
    public void EmptyTarget() => Run(async () =>
    {
        _target = await _databases!.CreateAsync(Engine);
        await new DatabaseMigrator(_target).MigrateAsync();
    });

    [Benchmark(Description = "Export CIN census XML")]
    public async Task ExportCin()
    {
        await using AppDbContext db = AppDatabase.CreateContext(_source!);
        await using var output = new FileStream(Path.Combine(_folder, "out-cin.xml"), FileMode.Create);
        int children = await ExportCinCensus.WriteAsync(db, Year, output);
        Handled.Record(nameof(ExportCin), Engine, children, output.Length);
    }

    [Benchmark(Description = "Export SSDA903 CSV tables")]
    public async Task ExportSsda903Csv()
    {
        await using AppDbContext db = AppDatabase.CreateContext(_source!);
        string folder = Path.Combine(_folder, "out-903");
        var files = await ExportSsda903.WriteFolderAsync(db, Year, folder);
        long header = File.ReadLines(Path.Combine(folder, "header.csv")).LongCount() - 1;
        Handled.Record(nameof(ExportSsda903Csv), Engine, header, files.Sum(f => new FileInfo(Path.IsPathRooted(f) ? f : Path.Combine(folder, f)).Length));
    }

    [Benchmark(Description = "Export Ofsted Annex A xlsx")]
    public async Task ExportAnnexA()
    {
        await using AppDbContext db = AppDatabase.CreateContext(_source!);
        await using var output = new FileStream(Path.Combine(_folder, "out-annex-a.xlsx"), FileMode.Create);
        await AnnexAExport.WriteAsync(db, AsOf, output);
        Handled.Record(nameof(ExportAnnexA), Engine, 0, output.Length);
    }

    [Benchmark(Description = "Import CIN census XML into an empty database")]
    public async Task ImportCinCensus()
    {
        await using AppDbContext db = AppDatabase.CreateContext(_target!);
        ImportResult result = await OpenCsc.Returns.CinCensus.ImportCinCensus.RunAsync(db, CinFile);
        Handled.Record(nameof(ImportCinCensus), Engine, result.Children, new FileInfo(CinFile).Length);
    }

    [Benchmark(Description = "Import SSDA903 CSV tables into an empty database")]
    public async Task ImportSsda903()
    {
        await using AppDbContext db = AppDatabase.CreateContext(_target!);
        ImportResult result = await OpenCsc.Returns.Ssda903.ImportSsda903.RunAsync(db, Ssda903Folder, new Ssda903ReadOptions { Year = Year });
        Handled.Record(nameof(ImportSsda903), Engine, result.Children, Directory.GetFiles(Ssda903Folder).Sum(f => new FileInfo(f).Length));
    }

    [GlobalCleanup]
    public void GlobalCleanup() => Run(async () =>
    {
        await _databases!.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    });

    private static void Run(Func<Task> work) => work().GetAwaiter().GetResult();

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: false)));
            AddColumn(new ThroughputColumn(megabytes: false), new ThroughputColumn(megabytes: true));
        }
    }
}

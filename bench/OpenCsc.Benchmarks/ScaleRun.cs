using System.Diagnostics;
using System.Globalization;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;
using OpenCsc.Indicators;
using OpenCsc.Returns;
using OpenCsc.Returns.AnnexA;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;
using OpenCsc.Trackers;

namespace OpenCsc.Benchmarks;

/// <summary>
/// Single measured runs for a borough too big to repeat:
/// `scale --children 4650000 --engine postgres` seeds it once, then times every indicator for 24 months, the exports
/// of the 2025/26 returns and Annex A, and the imports of those returns into an empty database, printing children
/// per second, MB per second and the process's peak working set. Every tracker is timed after the indicators;
/// `--skip-returns` stops there.
/// </summary>
public static class ScaleRun
{
    private static readonly CollectionYear Year = new(2025);
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    public static async Task<int> RunAsync(string[] args)
    {
        int children = IntArg(args, "--children", DemoBoroughOptions.DefaultChildren * 50);
        BenchEngine engine = Enum.Parse<BenchEngine>(StringArg(args, "--engine", "Postgres"), ignoreCase: true);
        await using var databases = new BenchDatabases();
        DatabaseSettings source = await databases.CreateAsync(engine);
        string folder = Directory.CreateTempSubdirectory("opencsc-scale-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            SeedResult seeded = await DemoBorough.SeedAsync(source, new DemoBoroughOptions { Children = children, Years = 5, Seed = 1, AsOf = AsOf }, null, false, CancellationToken.None);
            Line($"engine={engine} population={children:N0} seeded rows={seeded.RowsWritten:N0} known children={seeded.ChildrenCreated:N0} in {clock.Elapsed.TotalSeconds:N1} s");

            await using (AppDbContext db = AppDatabase.CreateContext(source))
            {
                clock.Restart();
                var values = await new ComputeIndicators(db).ValuesAsync(IndicatorCatalogue.All, ReportingPeriod.Months(AsOf, 24));
                Line($"indicators: {IndicatorCatalogue.All.Count} indicators x 24 months = {values.Count} figures in {clock.Elapsed.TotalSeconds:N1} s");

                var lister = new ListTrackerItems(TrackerQuery.For(db));
                foreach (Tracker tracker in TrackerCatalogue.All)
                {
                    clock.Restart();
                    TrackerList list = await lister.RunAsync(tracker, new TrackerFilter(AsOf));
                    Line($"tracker {tracker.Slug}: {list.Items.Count:N0} open items ({list.Overdue:N0} overdue) in {clock.Elapsed.TotalSeconds:N1} s");
                }

                if (args.Contains("--skip-returns"))
                {
                    return 0;
                }

                string cin = Path.Combine(folder, "cin.xml");
                clock.Restart();
                int cinChildren;
                await using (FileStream output = File.Create(cin))
                {
                    cinChildren = await ExportCinCensus.WriteAsync(db, Year, output);
                }

                Throughput("export CIN census", cinChildren, new FileInfo(cin).Length, clock.Elapsed);

                string ssda903 = Path.Combine(folder, "ssda903");
                clock.Restart();
                var files = await ExportSsda903.WriteFolderAsync(db, Year, ssda903);
                long header = File.ReadLines(Path.Combine(ssda903, "header.csv")).LongCount() - 1;
                Throughput("export SSDA903 CSV", header, Directory.GetFiles(ssda903).Sum(f => new FileInfo(f).Length), clock.Elapsed);

                string annexA = Path.Combine(folder, "annex-a.xlsx");
                clock.Restart();
                await using (FileStream output = File.Create(annexA))
                {
                    await AnnexAExport.WriteAsync(db, AsOf, output);
                }

                Throughput("export Annex A", 0, new FileInfo(annexA).Length, clock.Elapsed);

                DatabaseSettings target = await databases.CreateAsync(engine);
                await new DatabaseMigrator(target).MigrateAsync();
                await using AppDbContext empty = AppDatabase.CreateContext(target);
                clock.Restart();
                ImportResult imported903 = await ImportSsda903.RunAsync(empty, ssda903, new Ssda903ReadOptions { Year = Year });
                Throughput("import SSDA903 CSV into an empty database", imported903.Children, Directory.GetFiles(ssda903).Sum(f => new FileInfo(f).Length), clock.Elapsed);
                clock.Restart();
                ImportResult importedCin = await ImportCinCensus.RunAsync(empty, cin);
                Throughput("import CIN census into the same database", importedCin.Children, new FileInfo(cin).Length, clock.Elapsed);
            }

            using Process self = Process.GetCurrentProcess();
            Line($"peak working set {self.PeakWorkingSet64 / 1024.0 / 1024.0:N0} MB");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Throughput(string what, long children, long bytes, TimeSpan elapsed) =>
        Line($"{what}: {children:N0} children, {bytes / 1024.0 / 1024.0:N1} MB in {elapsed.TotalSeconds:N1} s = {children / elapsed.TotalSeconds:N0} children/s, {bytes / 1024.0 / 1024.0 / elapsed.TotalSeconds:N1} MB/s");

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    private static void Line(string text) => Console.WriteLine(text);

    private static int IntArg(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string StringArg(string[] args, string name, string fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Borough.Generation;
using OpenCsc.Calendar;
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
/// `--skip-returns` stops there; `--per-indicator` first times each indicator on its own.
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
                if (Array.IndexOf(args, "--explain") is int e and >= 0 && e + 1 < args.Length)
                {
                    // The database's plan, run for real, for the named indicators' last month.
                    await CalendarTable.EnsureAsync(db, WorkingDayCalendar.EnglandAndWales());
                    var query = new IndicatorQuery(db, IndicatorSettings.Default);
                    foreach (string code in args[e + 1].Split(','))
                    {
                        Indicator indicator = IndicatorCatalogue.Find(code) ?? throw new ArgumentException("No indicator " + code);
                        string sql = indicator.Rows(query, ReportingPeriod.Months(AsOf, 1)[0])
                            .GroupBy(r => 1).Select(g => new { Rows = g.Count(), Numerator = g.Count(r => r.InNumerator) }).ToQueryString();
                        Line($"== {code}\n{sql}");
                        await using var command = db.Database.GetDbConnection().CreateCommand();
                        string declarations = string.Concat(sql.Split('\n').TakeWhile(l => l.StartsWith("-- @", StringComparison.Ordinal)));
                        command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + string.Join('\n', sql.Split('\n').SkipWhile(l => l.StartsWith("-- @", StringComparison.Ordinal)));
                        foreach (string line in sql.Split('\n').TakeWhile(l => l.StartsWith("-- @", StringComparison.Ordinal)))
                        {
                            // "-- @name='value' (DbType = Date)": bind it as the query's parameter.
                            string body = line[3..];
                            int equals = body.IndexOf('=', StringComparison.Ordinal);
                            string name = body[..equals];
                            string rest = body[(equals + 1)..];
                            string value = rest.StartsWith('\'') ? rest[1..rest.IndexOf('\'', 1)] : rest.Split(' ')[0];
                            var parameter = command.CreateParameter();
                            parameter.ParameterName = name;
                            parameter.Value = bool.TryParse(value, out bool b) ? b
                                : DateOnly.TryParse(value, CultureInfo.InvariantCulture, out DateOnly d) ? d
                                : int.TryParse(value, CultureInfo.InvariantCulture, out int n) ? n : value;
                            command.Parameters.Add(parameter);
                        }

                        await db.Database.OpenConnectionAsync();
                        await using var reader = await command.ExecuteReaderAsync();
                        while (await reader.ReadAsync())
                        {
                            Line(reader.GetString(0));
                        }

                        _ = declarations;
                    }

                    return 0;
                }

                if (args.Contains("--per-indicator"))
                {
                    // Each indicator's 24 months on its own, slowest first: where the time goes.
                    var times = new List<(string Code, double Seconds)>();
                    foreach (Indicator indicator in IndicatorCatalogue.All)
                    {
                        clock.Restart();
                        await new ComputeIndicators(db, OpenCsc.Indicators.IndicatorSettings.With(OpenCsc.Calendar.TimescalesInForce.Statutory)).ValuesAsync([indicator], ReportingPeriod.Months(AsOf, 24));
                        times.Add((indicator.Code, clock.Elapsed.TotalSeconds));
                    }

                    foreach (var (code, seconds) in times.OrderByDescending(t => t.Seconds))
                    {
                        Line($"  {code,-28} {seconds,8:N2} s");
                    }
                }

                clock.Restart();
                var values = await new ComputeIndicators(db, OpenCsc.Indicators.IndicatorSettings.With(OpenCsc.Calendar.TimescalesInForce.Statutory)).ValuesAsync(IndicatorCatalogue.All, ReportingPeriod.Months(AsOf, 24));
                Line($"indicators: {IndicatorCatalogue.All.Count} indicators x 24 months = {values.Count} figures in {clock.Elapsed.TotalSeconds:N1} s");

                var lister = new ListTrackerItems(TrackerQuery.For(db, OpenCsc.Calendar.TimescalesInForce.Statutory));
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

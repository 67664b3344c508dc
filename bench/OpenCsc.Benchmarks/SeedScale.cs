using System.Diagnostics;
using System.Globalization;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;

namespace OpenCsc.Benchmarks;

/// <summary>
/// One measured seed of a borough of any size: `seed-scale --children 4650000 --years 5 --engine sqlite|postgres`.
/// Prints rows, seconds, rows per second and the process's peak working set (memory must stay flat).
/// </summary>
public static class SeedScale
{
    public static async Task<int> RunAsync(string[] args)
    {
        int children = IntArg(args, "--children", DemoBoroughOptions.DefaultChildren * 50);
        int years = IntArg(args, "--years", 5);
        BenchEngine engine = Enum.Parse<BenchEngine>(StringArg(args, "--engine", "Sqlite"), ignoreCase: true);
        await using var databases = new BenchDatabases();
        DatabaseSettings settings = await databases.CreateAsync(engine);
        var options = new DemoBoroughOptions { Children = children, Years = years, Seed = 1, AsOf = new DateOnly(2026, 3, 31) };
        var progress = new Progress<SeedProgress>(p =>
        {
            if (p.PersonsDone % 500_000 < 2_000)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Phase} {p.Fraction:P0} {p.RowsWritten:N0} rows {p.Elapsed.TotalSeconds:N0} s"));
            }
        });
        var stopwatch = Stopwatch.StartNew();
        SeedResult result = await DemoBorough.SeedAsync(settings, options, progress, force: false, CancellationToken.None);
        stopwatch.Stop();
        using Process self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"engine={engine} children={children:N0} years={years} childrenCreated={result.ChildrenCreated:N0} rows={result.RowsWritten:N0} seconds={stopwatch.Elapsed.TotalSeconds:N1} rowsPerSecond={result.RowsWritten / stopwatch.Elapsed.TotalSeconds:N0} peakWorkingSetMB={self.PeakWorkingSet64 / 1024.0 / 1024.0:N0}"));
        return 0;
    }

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

using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OpenCsc.Benchmarks;

/// <summary>
/// What one benchmark case handled (children and bytes), recorded by the benchmark itself (in-process), so the
/// summary can show children per second and MB per second against the mean time.
/// </summary>
internal static class Handled
{
    public static readonly ConcurrentDictionary<string, (long Children, long Bytes)> ByCase = new();

    public static string Key(string method, object engine) => method + "/" + engine;

    public static void Record(string method, object engine, long children, long bytes) => ByCase[Key(method, engine)] = (children, bytes);
}

/// <summary>Children per second, or MB per second, of a case: what it handled over its mean time.</summary>
internal sealed class ThroughputColumn(bool megabytes) : IColumn
{
    public string Id => megabytes ? "MBPerSecond" : "ChildrenPerSecond";

    public string ColumnName => megabytes ? "MB/s" : "Children/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => megabytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => megabytes ? "Megabytes of the file read or written per second" : "Children in the return per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        string engine = benchmarkCase.Parameters["Engine"]?.ToString() ?? "";
        BenchmarkReport? report = summary[benchmarkCase];
        if (!Handled.ByCase.TryGetValue(Handled.Key(benchmarkCase.Descriptor.WorkloadMethod.Name, engine), out var handled) || report?.ResultStatistics is null)
        {
            return "-";
        }

        double seconds = report.ResultStatistics.Mean / 1e9;
        return megabytes
            ? (handled.Bytes / 1024.0 / 1024.0 / seconds).ToString("N1", CultureInfo.InvariantCulture)
            : (handled.Children / seconds).ToString("N0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

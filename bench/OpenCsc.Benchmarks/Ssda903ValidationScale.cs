using System.Diagnostics;
using System.Globalization;
using OpenCsc.Returns;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.Benchmarks;

/// <summary>
/// `ssda903-scale [CHILDREN]`: all 2026/27 SSDA903 rules on a synthetic return of England's size (default 85,000
/// children looked after, about 400,000 episodes, with reviews, missing episodes and last year's return to match;
/// <see cref="Ssda903Synthetic"/>), written to a temporary folder (deleted after), read as written and validated; one
/// measured run.
/// </summary>
public static class Ssda903ValidationScale
{
    public static int Run(string[] args)
    {
        int children = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 85_000;
        var year = new CollectionYear(2026);
        string root = Directory.CreateTempSubdirectory("opencsc-903-scale-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            (string thisYear, string lastYear) = Ssda903Synthetic.WriteBoth(root, children, year);
            long bytes = Directory.EnumerateFiles(root, "*.csv", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Console.WriteLine($"Synthesised {children:N0} children looked after (and last year's return): {bytes / 1_048_576.0:N0} MB in {clock.Elapsed.TotalSeconds:N1} s");

            clock.Restart();
            var tables = new ReturnTables();
            Ssda903TableFiles.Load(thisYear, tables);
            Ssda903TableFiles.Load(lastYear, tables, "_last");
            double read = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Read: {read:N1} s ({tables["Header"].RowCount:N0} children, {tables["Episodes"].RowCount:N0} episodes, {tables["Reviews"].RowCount:N0} reviews, {tables["Missing"].RowCount:N0} missing, {tables["SWEpisodes"].RowCount:N0} social worker episodes this year)"));

            clock.Restart();
            ValidationReport report = Ssda903Validator.Validate(tables, Ssda903RuleSets.For(year), year.Start, year.End);
            double validate = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"All {report.RulesRun} rules run ({report.Missing.Count} absences, e.g. DoLo): {validate:N1} s, {report.Failures.Count:N0} failures; read and validate {read + validate:N1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MB");
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

using System.Globalization;
using OpenCsc.DataQuality;
using OpenCsc.Web.Pages.Dashboard;

namespace OpenCsc.Web.Pages.DataQuality;

/// <summary>The errors of each of the last runs as the dashboard's accessible line chart (the numbers are in a table beside it).</summary>
public static class RunTrendChart
{
    public static TrendChartModel Build(string id, string title, IReadOnlyList<RunTotals> runs, TimeZoneInfo zone)
    {
        const int width = 720, height = 240;
        const double left = 56, right = 16, top = 16, bottom = 36;
        double max = Math.Max(1, runs.Select(r => r.Errors).DefaultIfEmpty(0).Max());
        double ceiling = Ceiling(max);
        double plotWidth = width - left - right, plotHeight = height - top - bottom;
        double X(int i) => left + (runs.Count == 1 ? plotWidth / 2 : plotWidth * i / (runs.Count - 1));
        double Y(double v) => top + (plotHeight * (1 - (v / ceiling)));
        var points = runs.Select((r, i) => new ChartPoint(Math.Round(X(i), 1), Math.Round(Y(r.Errors), 1), Label(r, zone), r.Errors.ToString("N0", Formatting.EnGb), r.Errors)).ToList();
        var lines = points.Count == 0 ? [] : new List<string> { string.Join(' ', points.Select(p => FormattableString.Invariant($"{p.X},{p.Y}"))) };
        var ticks = new[] { 0, 0.5, 1 }.Select(f => new ChartTick(Math.Round(Y(ceiling * f), 1), (ceiling * f).ToString("N0", Formatting.EnGb))).ToList();
        string description = points.Count == 0
            ? "No runs yet."
            : $"Errors in each of the last {points.Count} runs, from {points[0].Value} on {points[0].Month} to {points[^1].Value} on {points[^1].Month}.";
        return new TrendChartModel(id, title, description, width, height, left, bottom, points, lines, null, ticks, false);
    }

    public static string Label(RunTotals run, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(run.RanAt, DateTimeKind.Utc), zone).ToString("d MMM HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    private static double Ceiling(double max)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (double step in new[] { 1, 2, 5, 10 })
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}

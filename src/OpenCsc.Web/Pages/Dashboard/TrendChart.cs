using System.Globalization;
using OpenCsc.Indicators;

namespace OpenCsc.Web.Pages.Dashboard;

public sealed record ChartPoint(double X, double Y, string Month, string Value, double Raw);

public sealed record ChartTick(double Y, string Label);

/// <summary>An SVG line chart's geometry, worked out here so the view only writes the elements.</summary>
public sealed record TrendChartModel(
    string Id, string Title, string Description, int Width, int Height, double Left, double Bottom,
    IReadOnlyList<ChartPoint> Points, IReadOnlyList<string> Lines, ChartTick? Target, IReadOnlyList<ChartTick> Ticks, bool IsSparkline);

/// <summary>
/// Builds the trend chart of an indicator's monthly series: a line through each month that has a value (broken where
/// a month has none), a dashed target line, and a y axis from 0 to a round number above the largest figure. The same
/// numbers are always in a table beside the chart; the chart's title and description say what it shows.
/// </summary>
public static class TrendChart
{
    public static TrendChartModel Build(Indicator indicator, IReadOnlyList<IndicatorValue> series, bool sparkline = false)
    {
        int width = sparkline ? 160 : 720, height = sparkline ? 40 : 260;
        double left = sparkline ? 2 : 56, right = sparkline ? 2 : 16, top = sparkline ? 4 : 16, bottom = sparkline ? 4 : 36;
        double? target = series.Count > 0 ? series[^1].Target : null;
        double max = series.Select(v => v.Value ?? 0).Append(target ?? 0).Max();
        double top0 = Ceiling(indicator, max);
        double plotWidth = width - left - right, plotHeight = height - top - bottom;
        double X(int i) => left + (series.Count == 1 ? plotWidth / 2 : plotWidth * i / (series.Count - 1));
        double Y(double v) => top + plotHeight * (1 - (v / top0));

        var points = new List<ChartPoint>();
        var lines = new List<string>();
        var current = new List<string>();
        for (int i = 0; i < series.Count; i++)
        {
            if (series[i].Value is { } v)
            {
                var point = new ChartPoint(Round(X(i)), Round(Y(v)), IndicatorFormat.MonthLabel(series[i].Period), IndicatorFormat.Value(indicator, v), v);
                points.Add(point);
                current.Add(FormattableString.Invariant($"{point.X},{point.Y}"));
            }
            else if (current.Count > 0)
            {
                lines.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            lines.Add(string.Join(' ', current));
        }

        var ticks = sparkline ? [] : new[] { 0, 0.5, 1 }.Select(f => new ChartTick(Round(Y(top0 * f)), IndicatorFormat.Value(indicator, top0 * f))).ToList();
        ChartTick? targetTick = target is { } t ? new ChartTick(Round(Y(t)), "Target " + IndicatorFormat.Value(indicator, t)) : null;
        string first = series.Count > 0 ? IndicatorFormat.MonthLabel(series[0].Period) : "";
        string last = series.Count > 0 ? IndicatorFormat.MonthLabel(series[^1].Period) : "";
        string description = points.Count == 0
            ? "No figures in these months."
            : $"Monthly figures from {first} to {last}: lowest {points.MinBy(p => p.Raw)!.Value}, highest {points.MaxBy(p => p.Raw)!.Value}, latest {points[^1].Value}"
              + (target is { } tt ? $", against a target of {IndicatorFormat.Value(indicator, tt)}." : ".");
        return new TrendChartModel("chart-" + indicator.Code.ToLowerInvariant(), indicator.Title + ", by month", description, width, height, left, height - bottom,
            points, lines, targetTick, ticks, sparkline);
    }

    private static double Ceiling(Indicator indicator, double max)
    {
        if (indicator.Unit == IndicatorUnit.Percent)
        {
            return Math.Max(0.1, Math.Min(1, Math.Ceiling(max * 10 - 1e-9) / 10));
        }

        if (max <= 0)
        {
            return 1;
        }

        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (double step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

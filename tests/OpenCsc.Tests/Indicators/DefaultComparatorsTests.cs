using System.Globalization;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Comparators;
using OpenCsc.Testing;

namespace OpenCsc.Tests.Indicators;

public sealed class DefaultComparatorsTests
{
    [Fact]
    public void EveryDefault_IsAPublishedFigure_InTheIndicatorsUnit()
    {
        // The published file: code,area,year,value,unit,... with percentages as percentages.
        var published = File.ReadLines(SharedFolder.Require("data/comparators.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(f => (f[0] == "SW_CASELOAD_AVG" ? "CASELOAD_AVG" : f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture)),
                f => (Value: double.Parse(f[3], CultureInfo.InvariantCulture), Unit: f[4].Trim('"')));

        var defaults = DefaultComparators.Read();

        Assert.True(defaults.Count > 100, $"Only {defaults.Count} defaults.");
        Assert.All(defaults, c =>
        {
            Assert.True(published.TryGetValue((c.IndicatorCode, c.Area, c.Year), out var figure), $"{c.IndicatorCode} {c.Area} {c.Year} is not published.");
            double expected = figure.Unit == "percent" ? figure.Value / 100 : figure.Value;
            Assert.Equal(expected, c.Value, 9);
            Assert.False(string.IsNullOrWhiteSpace(c.Source));
        });
        Assert.DoesNotContain(defaults, c => c.Area == "Barnet");
        // One hand-checked row: assessments within 45 working days, England, year to 31 March 2025.
        Assert.Contains(defaults, c => c.IndicatorCode == "ASSESSMENTS_45WD" && c.Area == "England" && c.Year == 2025);
    }
}

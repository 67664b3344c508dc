using System.Globalization;

namespace OpenCsc.Indicators;

/// <summary>A reporting period, both days included: by default a calendar month, the last one cut at the as-at date.</summary>
public readonly record struct ReportingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>
    /// The <paramref name="count"/> calendar months up to <paramref name="asOf"/>, oldest first: the last runs from the
    /// first of asOf's month to asOf itself.
    /// </summary>
    public static IReadOnlyList<ReportingPeriod> Months(DateOnly asOf, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var months = new List<ReportingPeriod>(count);
        var first = new DateOnly(asOf.Year, asOf.Month, 1);
        for (int i = count - 1; i >= 0; i--)
        {
            DateOnly from = first.AddMonths(-i);
            DateOnly to = i == 0 ? asOf : from.AddMonths(1).AddDays(-1);
            months.Add(new ReportingPeriod(from, to));
        }

        return months;
    }

    /// <summary>"2026-05" for a whole month, else "2026-05-01..2026-05-15".</summary>
    public string Label =>
        From.Day == 1 && To == From.AddMonths(1).AddDays(-1)
            ? From.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}

using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Calendar;

/// <summary>The timescales and the working-day calendar in force: what every form, tracker and indicator applies.</summary>
public sealed record TimescalesInForce(StatutoryTimescales Timescales, WorkingDayCalendar Calendar)
{
    /// <summary>The statutory defaults and the England and Wales bank holidays alone (tests, and where nothing is configured).</summary>
    public static TimescalesInForce Statutory { get; } = new(StatutoryTimescales.Default, WorkingDayCalendar.EnglandAndWales());
}

/// <summary>
/// The one source of the timescales and the calendar in force, registered once. The timescales are the configured
/// ones (the "Timescales" section, else the statutory defaults) with each one a system administrator has changed
/// since; the calendar is the England and Wales bank holidays with the configured local closure days
/// ("Calendar:LocalClosureDays") and those added on the timescales page, less those removed there. Reading them only
/// reads: the saved changes are a handful of rows, read on each call, so every process (web or command line) sees a
/// change as soon as it is saved.
/// </summary>
public sealed class TimescalesProvider
{
    private readonly Lock _lock = new();
    private (string Key, WorkingDayCalendar Calendar)? _calendar;

    public TimescalesProvider(StatutoryTimescales configured, IEnumerable<DateOnly> configuredClosureDays)
    {
        ArgumentNullException.ThrowIfNull(configured);
        ArgumentNullException.ThrowIfNull(configuredClosureDays);
        Configured = configured;
        ConfiguredClosureDays = configuredClosureDays.Distinct().Order().ToArray();
    }

    /// <summary>The statutory defaults and no closure days: what an unconfigured installation starts with.</summary>
    public static TimescalesProvider Statutory { get; } = new(StatutoryTimescales.Default, []);

    /// <summary>The timescales as configured, before any change saved on the page.</summary>
    public StatutoryTimescales Configured { get; }

    /// <summary>The local closure days from configuration, sorted.</summary>
    public IReadOnlyList<DateOnly> ConfiguredClosureDays { get; }

    /// <summary>The timescales and calendar in force: configuration with the saved changes applied.</summary>
    public async Task<TimescalesInForce> CurrentAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Apply(await db.TimescaleChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken));
    }

    /// <summary>The same, read synchronously (for a service resolved by dependency injection).</summary>
    public TimescalesInForce Current(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Apply([.. db.TimescaleChanges.AsNoTracking().OrderBy(c => c.Id)]);
    }

    /// <summary>Configuration with the changes applied in the order given (the later change to the same thing wins).</summary>
    public TimescalesInForce Apply(IEnumerable<TimescaleChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        StatutoryTimescales timescales = Configured with { };
        var closed = new SortedSet<DateOnly>(ConfiguredClosureDays);
        foreach (TimescaleChange change in changes)
        {
            if (change.Timescale is { } name && TimescaleCatalogue.Find(name) is { } timescale)
            {
                timescale.Property.SetValue(timescales, change.Value ?? timescale.Of(Configured));
            }
            else if (change.ClosureDay is { } day)
            {
                if (change.Closed)
                {
                    closed.Add(day);
                }
                else
                {
                    closed.Remove(day);
                }
            }
        }

        return new TimescalesInForce(timescales, CalendarWith(closed));
    }

    // Building a calendar is a pass over two centuries of days: keep the last one while the closure days stay the same.
    private WorkingDayCalendar CalendarWith(IReadOnlyCollection<DateOnly> closed)
    {
        if (closed.Count == 0)
        {
            return WorkingDayCalendar.EnglandAndWales();
        }

        string key = string.Join(',', closed.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        lock (_lock)
        {
            if (_calendar is { } cached && cached.Key == key)
            {
                return cached.Calendar;
            }

            WorkingDayCalendar calendar = WorkingDayCalendar.EnglandAndWales(closed);
            _calendar = (key, calendar);
            return calendar;
        }
    }
}

/// <summary>One timescale: its property, what it is, and what it counts in.</summary>
public sealed record TimescaleDefinition(PropertyInfo Property, string Label, string Unit)
{
    public string Name => Property.Name;

    public int Of(StatutoryTimescales timescales) => (int)Property.GetValue(timescales)!;
}

/// <summary>Every timescale in <see cref="StatutoryTimescales"/>, with a label and its unit, in the journey's order.</summary>
public static class TimescaleCatalogue
{
    /// <summary>The largest value any timescale may be set to (no timescale runs for longer than this in its units).</summary>
    public const int Maximum = 999;

    public static IReadOnlyList<TimescaleDefinition> All { get; } =
    [
        Define(nameof(StatutoryTimescales.ContactDecisionWorkingDays), "Contact decision (MASH)"),
        Define(nameof(StatutoryTimescales.AssessmentWorkingDays), "Single assessment authorised"),
        Define(nameof(StatutoryTimescales.IcpcWorkingDays), "Initial child protection conference after the strategy discussion"),
        Define(nameof(StatutoryTimescales.CpVisitWorkingDays), "Child protection visits, at least every"),
        Define(nameof(StatutoryTimescales.CinVisitWeeks), "Child in need visits, at least every"),
        Define(nameof(StatutoryTimescales.ClaVisitFirstDays), "Looked-after child visited after each placement starts"),
        Define(nameof(StatutoryTimescales.ClaVisitWeeks), "Looked-after child visits, at least every"),
        Define(nameof(StatutoryTimescales.ClaLongTermVisitMonths), "Looked-after child in a long-term placement over a year, visits at least every"),
        Define(nameof(StatutoryTimescales.CareLeaverVisitWeeks), "Care leaver seen by their personal adviser, at least every"),
        Define(nameof(StatutoryTimescales.ClaFirstReviewWorkingDays), "First looked-after review after becoming looked after"),
        Define(nameof(StatutoryTimescales.ClaSecondReviewMonths), "Second looked-after review after the first"),
        Define(nameof(StatutoryTimescales.ClaLaterReviewMonths), "Later looked-after reviews, at most apart"),
        Define(nameof(StatutoryTimescales.InitialHealthAssessmentWorkingDays), "Initial health assessment after becoming looked after"),
        Define(nameof(StatutoryTimescales.ReturnHomeInterviewHours), "Return home interview offered after the return"),
        Define(nameof(StatutoryTimescales.HealthAssessmentMonthsUnderFive), "Review health assessments under 5, at most apart"),
        Define(nameof(StatutoryTimescales.HealthAssessmentMonthsFromFive), "Review health assessments from 5, at most apart"),
        Define(nameof(StatutoryTimescales.EarlyHelpLongMonths), "Early help open this long counts as long-running"),
    ];

    public static TimescaleDefinition? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    private static TimescaleDefinition Define(string name, string label)
    {
        PropertyInfo property = typeof(StatutoryTimescales).GetProperty(name)!;
        string unit = name.EndsWith("WorkingDays", StringComparison.Ordinal) ? "working days"
            : name.EndsWith("Weeks", StringComparison.Ordinal) ? "weeks"
            : name.EndsWith("Months", StringComparison.Ordinal) || name.EndsWith("MonthsUnderFive", StringComparison.Ordinal) || name.EndsWith("MonthsFromFive", StringComparison.Ordinal) ? "months"
            : name.EndsWith("Hours", StringComparison.Ordinal) ? "hours"
            : "days";
        return new TimescaleDefinition(property, label, unit);
    }
}

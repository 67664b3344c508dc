using OpenCsc.Calendar;
using Xunit;

namespace OpenCsc.Tests.Calendar;

public class TimescalesProviderTests
{
    private static readonly DateOnly _christmasEve = new(2026, 12, 24);

    private static readonly DateOnly _newYearsEve = new(2026, 12, 31);

    [Fact]
    public void Configuration_then_the_latest_saved_change_of_each_timescale()
    {
        var provider = new TimescalesProvider(new StatutoryTimescales { AssessmentWorkingDays = 40, CpVisitWorkingDays = 15 }, []);

        TimescalesInForce inForce = provider.Apply(
        [
            new TimescaleChange { Timescale = nameof(StatutoryTimescales.CpVisitWorkingDays), Value = 12, Reason = "Practice standard" },
            new TimescaleChange { Timescale = nameof(StatutoryTimescales.IcpcWorkingDays), Value = 14, Reason = "Local standard" },
            new TimescaleChange { Timescale = nameof(StatutoryTimescales.IcpcWorkingDays), Value = null, Reason = "Back to configured" },
        ]);

        Assert.Equal(40, inForce.Timescales.AssessmentWorkingDays);
        Assert.Equal(12, inForce.Timescales.CpVisitWorkingDays);
        Assert.Equal(15, inForce.Timescales.IcpcWorkingDays);
        Assert.Equal(1, inForce.Timescales.ContactDecisionWorkingDays);
        Assert.Equal(15, provider.Configured.CpVisitWorkingDays);
    }

    [Fact]
    public void Closure_days_from_configuration_added_and_removed()
    {
        var provider = new TimescalesProvider(StatutoryTimescales.Default, [_christmasEve]);

        TimescalesInForce inForce = provider.Apply(
        [
            new TimescaleChange { ClosureDay = _newYearsEve, Closed = true, Reason = "Council closure" },
            new TimescaleChange { ClosureDay = _christmasEve, Closed = false, Reason = "Open this year" },
        ]);

        Assert.False(inForce.Calendar.IsWorkingDay(_newYearsEve));
        Assert.True(inForce.Calendar.IsLocalClosureDay(_newYearsEve));
        Assert.True(inForce.Calendar.IsWorkingDay(_christmasEve));
        Assert.False(provider.Apply([]).Calendar.IsWorkingDay(_christmasEve));
        // Wed 23 Dec 2026 to Mon 4 Jan 2027 with 31 Dec closed: 24, 29, 30 Dec and 4 Jan (25, 28 Dec and 1 Jan are bank holidays).
        Assert.Equal(4, inForce.Calendar.WorkingDaysBetween(new DateOnly(2026, 12, 23), new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void Nothing_configured_or_saved_is_the_statutory_calendar_itself()
    {
        TimescalesInForce inForce = TimescalesProvider.Statutory.Apply([]);

        Assert.Same(WorkingDayCalendar.EnglandAndWales(), inForce.Calendar);
        Assert.Equal(StatutoryTimescales.Default, inForce.Timescales);
    }

    [Fact]
    public void The_catalogue_names_every_timescale_once()
    {
        var properties = typeof(StatutoryTimescales).GetProperties().Where(p => p.PropertyType == typeof(int)).Select(p => p.Name).Order();

        Assert.Equal(properties, TimescaleCatalogue.All.Select(t => t.Name).Order());
        Assert.Equal("working days", TimescaleCatalogue.Find(nameof(StatutoryTimescales.AssessmentWorkingDays))!.Unit);
        Assert.Equal("hours", TimescaleCatalogue.Find(nameof(StatutoryTimescales.ReturnHomeInterviewHours))!.Unit);
        Assert.Equal("months", TimescaleCatalogue.Find(nameof(StatutoryTimescales.HealthAssessmentMonthsUnderFive))!.Unit);
        Assert.Equal("days", TimescaleCatalogue.Find(nameof(StatutoryTimescales.ClaVisitFirstDays))!.Unit);
    }
}

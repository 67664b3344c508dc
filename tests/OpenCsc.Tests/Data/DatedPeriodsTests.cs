using OpenCsc.ChildProtection;
using OpenCsc.Data;
using Xunit;

namespace OpenCsc.Tests.Data;

/// <summary>The two rules for "open on this day", on a plan that started on 1 March 2026, as at 31 March 2026.</summary>
public sealed class DatedPeriodsTests
{
    private static readonly DateOnly Day = new(2026, 3, 31);

    private static ChildProtectionPlan Plan(DateOnly start, DateOnly? end) => new() { StartDate = start, EndDate = end };

    [Theory]
    [InlineData(null, true, true)]
    [InlineData("2026-03-30", false, false)]
    [InlineData("2026-03-31", false, true)]
    [InlineData("2026-04-01", true, true)]
    public void APlanEndingBeforeOnOrAfterTheDay_IsOpenAtItsEnd_OnlyWhenItEndsLater(string? end, bool atEndOf, bool on)
    {
        DateOnly? ended = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
        ChildProtectionPlan plan = Plan(new DateOnly(2026, 3, 1), ended);

        Assert.Equal(atEndOf, DatedPeriods.OpenAtEndOf<ChildProtectionPlan>(Day).Compile()(plan));
        Assert.Equal(on, DatedPeriods.OpenOn<ChildProtectionPlan>(Day).Compile()(plan));
        Assert.Equal((atEndOf, on), (plan.IsOpenAtEndOf(Day), plan.IsOpenOn(Day)));
    }

    [Fact]
    public void APlanStartingAfterTheDay_IsNotOpen_ButOneStartingThatDayIs()
    {
        Assert.False(DatedPeriods.OpenOn<ChildProtectionPlan>(Day).Compile()(Plan(Day.AddDays(1), null)));
        Assert.True(DatedPeriods.OpenAtEndOf<ChildProtectionPlan>(Day).Compile()(Plan(Day, null)));
    }

    [Fact]
    public void OpenDuring_CountsAPlanOverlappingTheRangeAtEitherEnd()
    {
        var during = DatedPeriods.OpenDuring<ChildProtectionPlan>(new DateOnly(2025, 4, 1), Day).Compile();

        Assert.True(during(Plan(new DateOnly(2024, 1, 1), new DateOnly(2025, 4, 1))));
        Assert.True(during(Plan(Day, null)));
        Assert.False(during(Plan(new DateOnly(2024, 1, 1), new DateOnly(2025, 3, 31))));
        Assert.False(during(Plan(Day.AddDays(1), null)));
    }
}

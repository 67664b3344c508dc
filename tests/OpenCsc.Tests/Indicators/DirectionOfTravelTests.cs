using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;

namespace OpenCsc.Tests.Indicators;

public sealed class DirectionOfTravelTests
{
    private static IReadOnlyList<IndicatorValue> Series(double target, params double?[] values) =>
        values.Select((v, i) => new IndicatorValue("X", new ReportingPeriod(new DateOnly(2026, i + 1, 1), new DateOnly(2026, i + 1, 28)), 0, 0, v, target)).ToList();

    [Theory]
    [InlineData(0.50, 0.60, 0.70, Direction.WorkingWell)] // short of 90% but closing the gap
    [InlineData(0.70, 0.60, 0.50, Direction.Worried)]     // falling away
    [InlineData(0.60, 0.70, 0.60, Direction.Worried)]     // back where it was three months ago: no closer
    [InlineData(0.95, 0.80, 0.90, Direction.WorkingWell)] // on target now
    public void HigherIsBetter(double first, double second, double latest, Direction expected) =>
        Assert.Equal(expected, DirectionOfTravel.Classify(new Assessments45Wd(), Series(0.9, 0.1, first, second, latest)));

    [Fact]
    public void LowerIsBetter_RisingIsWorrying() =>
        Assert.Equal(Direction.Worried, DirectionOfTravel.Classify(new Rereferrals12M(), Series(0.18, 0.17, 0.19, 0.21)));

    [Fact]
    public void OnlyTheLastThreeMonthsCount_AndEmptyMonthsAreLeftOut()
    {
        // Six months ago it was far worse; over the last three (one empty) it went from 0.7 to 0.6.
        Assert.Equal(Direction.Worried, DirectionOfTravel.Classify(new Assessments45Wd(), Series(0.9, 0.1, 0.2, 0.3, 0.7, null, 0.6)));
    }

    [Fact]
    public void NeutralOrWithoutValues_IsForInformation()
    {
        Assert.Equal(Direction.ForInformation, DirectionOfTravel.Classify(new ContactsToReferral(), Series(0.3, 0.2, 0.4, 0.5)));
        Assert.Equal(Direction.ForInformation, DirectionOfTravel.Classify(new Assessments45Wd(), Series(0.9, null, null, null)));
    }
}

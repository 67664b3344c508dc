using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;

namespace OpenCsc.Tests.Indicators;

public sealed class RagRatingTests
{
    [Theory]
    [InlineData(0.90, 0.9, Rag.Green)]   // on target
    [InlineData(0.95, 0.9, Rag.Green)]   // beyond it
    [InlineData(0.85, 0.9, Rag.Amber)]   // 5 points short: the edge of amber
    [InlineData(0.849, 0.9, Rag.Red)]    // just over 5 points short
    public void HigherIsBetter_PercentagesHaveAFivePointAmberBand(double value, double target, Rag expected) =>
        Assert.Equal(expected, RagRating.Rate(new Assessments45Wd(), value, target));

    [Theory]
    [InlineData(0.18, 0.18, Rag.Green)]
    [InlineData(0.10, 0.18, Rag.Green)]
    [InlineData(0.23, 0.18, Rag.Amber)]
    [InlineData(0.2301, 0.18, Rag.Red)]
    public void LowerIsBetter_IsTheMirror(double value, double target, Rag expected) =>
        Assert.Equal(expected, RagRating.Rate(new Rereferrals12M(), value, target));

    [Theory]
    [InlineData(0, Rag.Green)]
    [InlineData(1, Rag.Red)] // a count target of 0 has no band
    public void Counts_UseTenPercentOfTheTarget(double value, Rag expected) =>
        Assert.Equal(expected, RagRating.Rate(new Cpp2YearsOpen(), value, 0));

    [Fact]
    public void NoTarget_NeutralIndicators_AndMissingValues()
    {
        Assert.Equal(Rag.NoTarget, RagRating.Rate(new Assessments45Wd(), 0.5, null));
        Assert.Equal(Rag.NoTarget, RagRating.Rate(new ContactsToReferral(), 0.5, 0.3));
        Assert.Equal(Rag.NoData, RagRating.Rate(new Assessments45Wd(), null, 0.9));
    }
}

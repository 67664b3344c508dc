using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule100Tests
{
    [Fact]
    public void ReferenceDate_Not31MarchOfYear_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule100(), """
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-30</ReferenceDate></CollectionDetails></Header><Children/></Message>
            """);

        Assert.Equal(["/Message/Header"], flagged);
    }

    [Fact]
    public void ReferenceDate_31MarchOfYear_Passes()
    {
        string[] flagged = CinRuleHarness.Run(new Rule100(), """
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header><Children/></Message>
            """);

        Assert.Empty(flagged);
    }

    [Fact]
    public void ReferenceDate_Missing_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule100(), """
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year></CollectionDetails></Header><Children/></Message>
            """);

        Assert.Equal(["/Message/Header"], flagged);
    }
}

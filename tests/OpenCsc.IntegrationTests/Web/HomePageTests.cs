using AngleSharp.Html.Dom;
using Xunit;

namespace OpenCsc.IntegrationTests.Web;

public sealed class HomePageTests
{
    [Fact]
    public async Task Home_ShowsTheBoroughsHeadlineCountsAsAtToday()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/");

        Assert.Equal("Testshire", page.QuerySelector("#authority-name")?.TextContent.Trim());
        Assert.Equal("5", page.QuerySelector("#count-children-known")?.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("#count-open-cin")?.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("#count-cp")?.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("#count-cla")?.TextContent.Trim());
        Assert.Contains("15 June 2026", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action='/children'][method='get'] input#q[name='q']"));
    }

    [Fact]
    public async Task Home_DemoBorough_SaysTheDataIsSynthetic()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app, isDemo: true);
        HttpClient client = app.Start();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/");

        Assert.Equal(
            "Demo data: this borough is synthetic. Never enter real children's data.",
            page.QuerySelector("#demo-banner .govuk-phase-banner__text")?.TextContent.Trim());
    }

    [Fact]
    public async Task Home_RealBorough_HasNoDemoBanner()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app, isDemo: false);
        HttpClient client = app.Start();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/");

        Assert.Null(page.QuerySelector("#demo-banner"));
    }
}

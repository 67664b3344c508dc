using AngleSharp.Html.Dom;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.IntegrationTests.Infrastructure;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Dashboard;

/// <summary>The dashboard and every indicator's page for a Barnet-sized synthetic borough, on both engines.</summary>
[Trait("Category", TestCategories.Slow)]
public sealed class DashboardAtBarnetSizeTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task EveryPageRenders_WithFiguresThatAgreeWithTheCommandLinesEngine(Engine engine)
    {
        DatabaseSettings settings = await new TestDatabases(postgres).CreateAsync(engine);
        await DemoBorough.SeedAsync(settings, new DemoBoroughOptions { Children = DemoBoroughOptions.DefaultChildren, Years = 5, Seed = 1, AsOf = WebTestApp.Today },
            null, false, TestContext.Current.CancellationToken);
        await using WebTestApp app = WebTestApp.ForDatabase(settings);
        HttpClient client = app.StartWithoutDemo();
        IndicatorValue expected;
        await using (AppDbContext db = app.OpenContext())
        {
            var june = ReportingPeriod.Months(WebTestApp.Today, 1);
            expected = (await new ComputeIndicators(db, OpenCsc.Indicators.IndicatorSettings.Default).ValuesAsync([new OpenCsc.Indicators.Definitions.CppOpen()], june, cancellationToken: TestContext.Current.CancellationToken)).Single();
        }

        IHtmlDocument dashboard = await WebTestApp.GetPageAsync(client, "/dashboard");

        Assert.Equal(IndicatorCatalogue.All.Count, dashboard.QuerySelectorAll("#indicators tbody tr").Length);
        Assert.True(expected.Numerator > 100, $"Only {expected.Numerator} open CP plans in a Barnet-sized borough.");
        Assert.Equal(expected.Numerator.ToString("N0", OpenCsc.Formatting.EnGb), dashboard.QuerySelector("#indicator-CPP_OPEN td")!.TextContent.Trim());
        foreach (Indicator indicator in IndicatorCatalogue.All)
        {
            IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/dashboard/" + indicator.Code);
            Assert.Equal(24, page.QuerySelectorAll("#monthly-figures tbody tr").Length);
            Assert.NotNull(page.QuerySelector("svg.app-chart"));
        }

        IHtmlDocument children = await WebTestApp.GetPageAsync(client, "/dashboard/CPP_OPEN/children");
        Assert.Equal(expected.Numerator, children.QuerySelectorAll("#children tbody tr").Length);
        await WebTestApp.GetPageAsync(client, "/dashboard/summary");
    }
}

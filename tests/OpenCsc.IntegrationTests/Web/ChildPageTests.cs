using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Xunit;

namespace OpenCsc.IntegrationTests.Web;

public sealed class ChildPageTests
{
    private static List<IElement> EventRows(IHtmlDocument page) => page.QuerySelectorAll("#chronology-table tbody tr").ToList();

    private static DateOnly EventDate(IElement row) =>
        DateOnly.ParseExact(row.QuerySelector("time")!.GetAttribute("datetime")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string EventTitle(IElement row) =>
        row.QuerySelector("th")!.ChildNodes.OfType<IText>().First().TextContent.Trim();

    private static string SummaryValue(IHtmlDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .First(r => r.QuerySelector("dt")!.TextContent.Trim() == key)
            .QuerySelector("dd")!.TextContent.Trim();

    [Fact]
    public async Task ChildPage_ShowsIdentifiersCharacteristicsAndWhoHoldsTheCase()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        TestBorough borough = await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, $"/children/{borough.Amelia.Id}");

        Assert.Equal("Amelia Smith", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("C100001", SummaryValue(page, "LA child ID"));
        Assert.Equal("2 March 2015 (age 11)", SummaryValue(page, "Date of birth"));
        Assert.Equal("Female (F)", SummaryValue(page, "Sex"));
        Assert.Equal("White British (WBRI)", SummaryValue(page, "Ethnicity"));
        Assert.Equal("943 476 5919", SummaryValue(page, "NHS number"));
        Assert.Equal("Autism (AUT)", SummaryValue(page, "Disabilities"));
        Assert.Equal("Assessment Team 1", page.QuerySelector("#case-team")!.TextContent.Trim());
        Assert.StartsWith("Sam Worker", page.QuerySelector("#case-worker")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("On a child protection plan", page.QuerySelector(".app-flags")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildPage_ChronologyIsInDateOrderNewestFirst()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        TestBorough borough = await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, $"/children/{borough.Amelia.Id}");

        List<IElement> rows = EventRows(page);
        List<DateOnly> dates = rows.Select(EventDate).ToList();
        Assert.Equal(dates.OrderByDescending(d => d).ToList(), dates);
        List<string> titles = rows.Select(EventTitle).ToList();
        Assert.Equal("Child protection visit", titles[0]);
        Assert.Equal("Contact received", titles[^1]);
        Assert.Contains("Referral: CIN episode opened", titles);
        Assert.Contains("Assessment authorised", titles);
        Assert.Contains("Strategy discussion", titles);
        Assert.Contains("Initial child protection conference", titles);
        Assert.Contains("Child protection plan started", titles);
        Assert.Contains("Child protection review conference", titles);
        Assert.Contains("Core group meeting", titles);
        Assert.Contains("Allocated to Sam Worker (Assessment Team 1)", titles);

        // The ICPC and the plan are on the same day: the plan, later in the journey, comes first.
        Assert.True(titles.IndexOf("Child protection plan started") < titles.IndexOf("Initial child protection conference"));

        // The visit of 1 June 2026 was recorded on 5 June: late. The one of 20 May was recorded the same day.
        Assert.Contains("Recorded late", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Recorded late", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Category: Neglect (NEG)", page.QuerySelector("#chronology-table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Agencies present: children's social care, police", page.QuerySelector("#chronology-table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildPage_LookedAfterChild_ShowsThePeriodOfCareAndEachEpisode()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        TestBorough borough = await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, $"/children/{borough.Ben.Id}?type=care");

        List<IElement> rows = EventRows(page);
        Assert.Equal(["Care episode", "Care episode", "Became looked after"], rows.Select(EventTitle).ToList());
        Assert.Contains("Full care order (C2)", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Single period of accommodation under section 20", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Looked after", page.QuerySelector(".app-flags")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Missing in the last 90 days", page.QuerySelector(".app-flags")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildPage_FilterByType_ShowsOnlyThoseEvents()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        TestBorough borough = await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        IHtmlDocument all = await WebTestApp.GetPageAsync(client, $"/children/{borough.Amelia.Id}");
        IHtmlDocument visits = await WebTestApp.GetPageAsync(client, $"/children/{borough.Amelia.Id}?type=visits");
        IHtmlDocument twoTypes = await WebTestApp.GetPageAsync(client, $"/children/{borough.Amelia.Id}?type=visits&type=contacts");

        Assert.True(EventRows(all).Count > 3);
        Assert.Equal(2, EventRows(visits).Count);
        Assert.All(EventRows(visits), row => Assert.Equal("visits", row.GetAttribute("data-type")));
        Assert.Equal(["visits", "visits", "contacts"], EventRows(twoTypes).Select(r => r.GetAttribute("data-type")).ToList());

        // The filter is a plain GET form of checkboxes: it works without JavaScript and shows what is ticked.
        IElement form = visits.QuerySelector("#chronology ~ details form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.True(visits.QuerySelector("input#type-visits[name='type'][value='visits']")!.HasAttribute("checked"));
        Assert.False(visits.QuerySelector("input#type-contacts")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Child_NameWithMarkup_IsHtmlEncodedOnSearchAndChildPages()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        TestBorough borough = await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        string searchHtml = await client.GetStringAsync("/children?q=testcase", TestContext.Current.CancellationToken);
        string childHtml = await client.GetStringAsync($"/children/{borough.Markup.Id}", TestContext.Current.CancellationToken);

        foreach (string html in new[] { searchHtml, childHtml })
        {
            Assert.DoesNotContain(TestBorough.MarkupName, html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            IHtmlDocument page = WebTestApp.Parse(html);
            Assert.All(page.Scripts, script => Assert.True(script.HasAttribute("src")));
        }

        Assert.Equal($"{TestBorough.MarkupName} Testcase", WebTestApp.Parse(childHtml).QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/children/999999")]
    [InlineData("/children/not-a-number")]
    public async Task ChildPage_UnknownId_Returns404WithTheGovukNotFoundPage(string url)
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        using HttpResponseMessage response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        IHtmlDocument page = WebTestApp.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("link[href='/lib/govuk-frontend/govuk-frontend.min.css']"));
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OpenCsc.Children;
using OpenCsc.Data;
using Xunit;

namespace OpenCsc.IntegrationTests.Web;

public sealed class ChildSearchTests
{
    private static List<string> ResultNames(IHtmlDocument page) =>
        page.QuerySelectorAll("table.govuk-table tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Search_ByLaChildId_FindsTheChildIgnoringCase()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        TestBorough borough = await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/children?q=c100001");

        IElement row = Assert.Single(page.QuerySelectorAll("table.govuk-table tbody tr"));
        Assert.Equal("C100001", row.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal($"/children/{borough.Amelia.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("CP", row.QuerySelector(".govuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task Search_ByNamePrefix_IsCaseInsensitive()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        IHtmlDocument lastNames = await WebTestApp.GetPageAsync(client, "/children?q=sMI");
        IHtmlDocument firstName = await WebTestApp.GetPageAsync(client, "/children?q=AMEL");

        Assert.Equal(["Amelia Smith", "Chloe Smithson"], ResultNames(lastNames));
        Assert.Equal(["Amelia Smith"], ResultNames(firstName));
    }

    [Fact]
    public async Task Search_FirstAndLastName_MatchesBothParts()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        IHtmlDocument both = await WebTestApp.GetPageAsync(client, "/children?q=" + Uri.EscapeDataString("chl smith"));
        IHtmlDocument mismatch = await WebTestApp.GetPageAsync(client, "/children?q=" + Uri.EscapeDataString("ben smith"));

        Assert.Equal(["Chloe Smithson"], ResultNames(both));
        Assert.Empty(ResultNames(mismatch));
        Assert.Contains("0 children found", mismatch.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ShowsEachChildsCurrentStatus()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        // "c" matches too few letters; search each child by ID instead.
        var statuses = new Dictionary<string, string>();
        foreach (string id in new[] { "C100001", "C100002", "C100003", "C100004" })
        {
            IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/children?q=" + id);
            statuses[id] = page.QuerySelector("table.govuk-table tbody tr .govuk-tag")!.TextContent.Trim();
        }

        Assert.Equal("CP", statuses["C100001"]);
        Assert.Equal("CLA", statuses["C100002"]);
        Assert.Equal("Closed", statuses["C100003"]);
        Assert.Equal("Closed", statuses["C100004"]);
    }

    [Theory]
    [InlineData("", "Enter a child's ID or name")]
    [InlineData("   ", "Enter a child's ID or name")]
    [InlineData("a", "Search term must be 2 characters or more")]
    public async Task Search_EmptyOrTooShortQuery_ShowsErrorSummaryAndKeepsTypedText(string typed, string message)
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/children?q=" + Uri.EscapeDataString(typed));

        IElement summary = page.QuerySelector(".govuk-error-summary")!;
        Assert.NotNull(summary);
        IElement link = summary.QuerySelector(".govuk-error-summary__list a")!;
        Assert.Equal("#q", link.GetAttribute("href"));
        Assert.Equal(message, link.TextContent.Trim());
        Assert.Contains(message, page.QuerySelector("#q-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".govuk-form-group--error input.govuk-input--error#q"));
        Assert.Equal(typed, page.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.govuk-table"));
    }

    [Fact]
    public async Task Search_ManyMatches_ArePagedTwentyFiveAtATime()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await using (AppDbContext db = app.OpenContext())
        {
            for (int i = 1; i <= 30; i++)
            {
                db.Children.Add(new Child
                {
                    LaChildId = $"P{i:D3}",
                    FirstName = $"Child{i:D2}",
                    LastName = "Pager",
                    DateOfBirth = new DateOnly(2014, 1, 1),
                    Sex = "M",
                    Ethnicity = "WBRI",
                });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        HttpClient client = app.Start();

        IHtmlDocument first = await WebTestApp.GetPageAsync(client, "/children?q=pager");
        IHtmlDocument second = await WebTestApp.GetPageAsync(client, "/children?q=pager&page=2");

        Assert.Equal(25, ResultNames(first).Count);
        Assert.Equal("Child01 Pager", ResultNames(first)[0]);
        Assert.Equal(["Child26 Pager", "Child27 Pager", "Child28 Pager", "Child29 Pager", "Child30 Pager"], ResultNames(second));
        Assert.Equal("/children?q=pager&page=2", first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href"));
        Assert.Contains("30 children found", first.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_DoesNotWriteChildDataToTheLog()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();

        await WebTestApp.GetPageAsync(client, "/children?q=Amelia");
        await WebTestApp.GetPageAsync(client, "/children?q=C100002");

        Assert.NotEmpty(app.Logs);
        Assert.DoesNotContain(app.Logs, line => line.Contains("Amelia", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(app.Logs, line => line.Contains("C100002", StringComparison.OrdinalIgnoreCase));
    }
}

using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using OpenCsc.Accounts;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Break-glass on the web: Sam (Team A) is refused Cara (Team B's) with the way to open her record by giving a reason;
/// he gives one and sees the record with a banner; Tom, his team manager, is told on his home page and marks it
/// reviewed.
/// </summary>
public sealed class BreakGlassPageTests
{
    [Fact]
    public async Task ASocialWorker_OpensAnOutOfScopeRecordWithAReason_AndTheTeamManagerReviewsIt()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long cara, sam, tom;
        await using (AppDbContext db = app.OpenContext())
        {
            var service = new Service { Name = "North" };
            var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = service };
            var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = service };
            var samWorker = new Worker { StaffNumber = "SAM", FirstName = "Sam", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamA, StartDate = new DateOnly(2020, 1, 1) };
            var tomWorker = new Worker { StaffNumber = "TOM", FirstName = "Tom", LastName = "Manager", Role = WorkerRole.TeamManager, Team = teamA, StartDate = new DateOnly(2020, 1, 1) };
            var bea = new Worker { StaffNumber = "BEA", FirstName = "Bea", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamB, StartDate = new DateOnly(2020, 1, 1) };
            var child = new Child { LaChildId = "CARA", FirstName = "Caranamed", LastName = "Child", DateOfBirth = new DateOnly(2015, 1, 1) };
            db.AddRange(service, teamA, teamB, samWorker, tomWorker, bea, child,
                new Allocation { Child = child, Team = teamB, Worker = bea, StartDate = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            (cara, sam, tom) = (child.Id, samWorker.Id, tomWorker.Id);
        }

        app.StartWithoutDemo(signInAs: null);
        HttpClient samClient = await app.ClientAsync(StaffRole.SocialWorker, sam);
        string childUrl = "/children/" + cara.ToString(CultureInfo.InvariantCulture);
        string glassUrl = childUrl + "/break-glass";

        using (HttpResponseMessage refused = await samClient.GetAsync(childUrl, TestContext.Current.CancellationToken))
        {
            string html = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain("Caranamed", html, StringComparison.Ordinal);
            Assert.Equal(glassUrl, WebTestApp.Parse(html).QuerySelector("#break-glass")?.GetAttribute("href"));
        }

        IHtmlDocument form = await WebTestApp.GetPageAsync(samClient, glassUrl);
        Assert.DoesNotContain("Caranamed", form.Body!.TextContent, StringComparison.Ordinal);
        using (HttpResponseMessage empty = await WebTestApp.PostFormAsync(samClient, glassUrl, glassUrl, new() { ["reason"] = "short" }))
        {
            IHtmlDocument page = WebTestApp.Parse(await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.Equal("The reason must be at least 10 characters, so your manager can judge it", page.QuerySelector(".govuk-error-summary__list a[href='#reason']")?.TextContent.Trim());
            Assert.Equal("short", page.QuerySelector("textarea#reason")?.TextContent);
            Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        }

        using (HttpResponseMessage opened = await WebTestApp.PostFormAsync(samClient, glassUrl, glassUrl, new() { ["reason"] = "Emergency duty call about Cara tonight" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            Assert.Equal(childUrl, opened.Headers.Location?.OriginalString);
        }

        IHtmlDocument record = await WebTestApp.GetPageAsync(samClient, childUrl);
        Assert.Contains("Caranamed", record.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // WebTestApp's clock is 12:00 on 15 June 2026, in a UTC local time zone.
        Assert.Equal(
            "This child is not allocated to you. You opened the record on 15 June 2026 at 12:00 and can see it until 15 June 2026 at 20:00.",
            record.QuerySelector("[aria-labelledby='break-glass-title'] .govuk-notification-banner__heading")?.TextContent.Trim());

        HttpClient tomClient = await app.ClientAsync(StaffRole.TeamManager, tom);
        IHtmlDocument home = await WebTestApp.GetPageAsync(tomClient, "/");
        Assert.StartsWith("1 record was opened by break-glass by people you manage.", home.QuerySelector("#break-glass-to-review")?.TextContent.Trim(), StringComparison.Ordinal);
        IHtmlDocument list = await WebTestApp.GetPageAsync(tomClient, "/break-glass");
        var cells = list.QuerySelectorAll("#accesses tbody tr td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal("15 June 2026 at 12:00", cells[0]);
        Assert.StartsWith("Test Social worker", cells[1], StringComparison.Ordinal);
        Assert.Equal((cara.ToString(CultureInfo.InvariantCulture), "Emergency duty call about Cara tonight"), (cells[2], cells[3]));
        Assert.DoesNotContain("Caranamed", list.Body!.TextContent, StringComparison.Ordinal);

        string access = list.QuerySelector("#accesses input[name='access']")!.GetAttribute("value")!;
        using (HttpResponseMessage reviewed = await WebTestApp.PostFormAsync(tomClient, "/break-glass", "/break-glass", new() { ["access"] = access }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        }

        Assert.Equal("No break-glass accesses to review.", (await WebTestApp.GetPageAsync(tomClient, "/break-glass")).QuerySelector("#none")?.TextContent.Trim());
        Assert.Null((await WebTestApp.GetPageAsync(tomClient, "/")).QuerySelector("#break-glass-to-review"));
        IHtmlDocument all = await WebTestApp.GetPageAsync(tomClient, "/break-glass?reviewed=true");
        Assert.StartsWith("By Test Team manager", all.QuerySelectorAll("#accesses tbody tr td")[4].TextContent.Trim(), StringComparison.Ordinal);
    }
}

using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Recording Lou's initial health assessment, as at Monday 15 June 2026: looked after since Friday 1 May 2026 (see
/// <see cref="LookedAfterTestData"/>); the assessment was due within 20 working days.
/// </summary>
public sealed class RecordHealthAssessmentPageTests
{
    [Fact]
    public async Task TheWorkerRecordsTheInitialHealthAssessment_ItIsStored_AndTheChildLeavesTheHealthTracker()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        IHtmlDocument before = await WebTestApp.GetPageAsync(client, b.ChildUrl);
        string formUrl = before.QuerySelector("#record-health")!.GetAttribute("href")!;
        Assert.Equal(formUrl, before.QuerySelector("a[data-action='health']")?.GetAttribute("href"));
        Assert.Contains("LOU1", await client.GetStringAsync("/trackers/health", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new() { ["day"] = "31", ["month"] = "4", ["year"] = "2026" }))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(refused);
            Assert.Equal(["Select the kind of health assessment", "The date of the health assessment must be a real date, for example 27 3 2026"], errors);
            Assert.Equal("31", page.QuerySelector("#date-day")?.GetAttribute("value"));
        }

        using (HttpResponseMessage early = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new() { ["kind"] = "Initial", ["day"] = "30", ["month"] = "4", ["year"] = "2026" }))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(early);
            Assert.Equal(["The child was not looked after on that date: record health assessments made while the child is looked after"], errors);
            Assert.True(page.QuerySelector("#kind")?.HasAttribute("checked"));
        }

        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new() { ["kind"] = "Initial", ["day"] = "20", ["month"] = "5", ["year"] = "2026" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        IHtmlDocument child = await WebTestApp.GetPageAsync(client, b.ChildUrl);
        Assert.Equal("Initial health assessment on 20 May 2026 recorded.", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Null(child.QuerySelector("a[data-action='health']"));
        Assert.Contains("Initial health assessment", child.QuerySelector("#chronology-table")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("LOU1", await client.GetStringAsync("/trackers/health", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using (HttpResponseMessage twice = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new() { ["kind"] = "Initial", ["day"] = "20", ["month"] = "5", ["year"] = "2026" }))
        {
            var (_, errors) = await LookedAfterTestData.ProblemsAsync(twice);
            Assert.Equal(["This health assessment is already recorded on this date"], errors);
        }

        await using AppDbContext check = app.OpenContext();
        HealthAssessment assessment = await check.HealthAssessments.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((b.Lou, HealthAssessmentKind.Initial, new DateOnly(2026, 5, 20)), (assessment.ChildId, assessment.Kind, assessment.Date));
    }

    [Fact]
    public async Task TheAssessment_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, b.Ann);
        string formUrl = b.ChildUrl + "/looked-after/health-assessments/new";

        using HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new() { ["kind"] = "Initial", ["day"] = "20", ["month"] = "5", ["year"] = "2026" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.HealthAssessments.SingleAsync(TestContext.Current.CancellationToken));
    }
}

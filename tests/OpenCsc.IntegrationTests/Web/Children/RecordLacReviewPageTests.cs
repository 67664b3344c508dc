using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Recording Lou's looked-after review, as at Monday 15 June 2026: looked after since Friday 1 May 2026, 11 years old,
/// Ira her IRO (see <see cref="LookedAfterTestData"/>). Her first review was due within 20 working days.
/// </summary>
public sealed class RecordLacReviewPageTests
{
    [Fact]
    public async Task TheIroRecordsTheReview_ItIsStored_AndTheNextReviewIsDueThreeMonthsLater()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        HttpClient iro = await app.ClientAsync(StaffRole.IndependentReviewingOfficer, b.Ira);
        IHtmlDocument before = await WebTestApp.GetPageAsync(iro, b.ChildUrl);
        string formUrl = before.QuerySelector("#record-lac-review")!.GetAttribute("href")!;
        Assert.Equal(formUrl, before.QuerySelector("a[data-action='review']")?.GetAttribute("href"));
        Assert.Contains("LOU1", await iro.GetStringAsync("/trackers/reviews", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(b.Ira.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (await WebTestApp.GetPageAsync(iro, formUrl)).QuerySelector("#iro option[selected]")?.GetAttribute("value"));

        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(iro, formUrl, formUrl, new()
        {
            ["day"] = "30",
            ["month"] = "4",
            ["year"] = "2026",
            ["participation"] = "PN0",
            ["iro"] = "",
        }))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(refused);
            Assert.Equal(
                [
                    "The child was not looked after on that date: a looked-after review is held while the child is looked after",
                    "The child was 4 or over at the review: PN0 is only for a child under 4",
                    "Select the independent reviewing officer who chaired the review",
                ],
                errors);
            Assert.Equal("30", page.QuerySelector("#date-day")?.GetAttribute("value"));
            Assert.True(page.QuerySelector("#participation")?.HasAttribute("checked"));
        }

        using (HttpResponseMessage future = await WebTestApp.PostFormAsync(iro, formUrl, formUrl, new() { ["day"] = "16", ["month"] = "6", ["year"] = "2026", ["participation"] = "PN1", ["iro"] = "x" }))
        {
            var (_, errors) = await LookedAfterTestData.ProblemsAsync(future);
            Assert.Equal(["The date of the review must be today or in the past", "Select the independent reviewing officer who chaired the review"], errors);
        }

        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(iro, formUrl, formUrl, new()
        {
            ["day"] = "12",
            ["month"] = "6",
            ["year"] = "2026",
            ["participation"] = "PN1",
            ["iro"] = b.Ira.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        IHtmlDocument child = await WebTestApp.GetPageAsync(iro, b.ChildUrl);
        Assert.Equal("Looked-after review on 12 June 2026 recorded: Child physically attends and speaks for themselves (PN1).", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Contains("Looked-after child review", child.QuerySelector("#chronology-table")?.TextContent, StringComparison.Ordinal);
        var reviewDue = child.QuerySelectorAll("#due-table tbody tr").Single(r => r.QuerySelector("[data-field='what']")!.TextContent.Contains("CLA review", StringComparison.Ordinal));
        Assert.Equal("2026-09-12", reviewDue.QuerySelector("[data-field='due'] time")?.GetAttribute("datetime"));

        await using AppDbContext check = app.OpenContext();
        LacReview review = await check.LacReviews.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((b.Lou, new DateOnly(2026, 6, 12), (string?)"PN1", (long?)b.Ira), (review.ChildId, review.Date, review.ParticipationCode, review.IroId));
    }

    [Fact]
    public async Task TheReview_NamesTheIroWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.IndependentReviewingOfficer, b.Ira);
        string formUrl = b.ChildUrl + "/looked-after/reviews/new";

        using HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["day"] = "12",
            ["month"] = "6",
            ["year"] = "2026",
            ["participation"] = "PN1",
            ["iro"] = b.Ira.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.LacReviews.SingleAsync(TestContext.Current.CancellationToken));
    }
}

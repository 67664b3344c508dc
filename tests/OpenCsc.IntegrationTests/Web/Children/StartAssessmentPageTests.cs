using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Starting an assessment as at Monday 15 June 2026. Zac was referred on 1 June and is allocated to Sam. Sam starts the
/// assessment today, having seen Zac today: neglect (16A) and a parent's mental health (4B). It is due for
/// authorisation 45 working days on: nine full weeks with no bank holiday, Monday 17 August 2026.
/// </summary>
public sealed class StartAssessmentPageTests
{
    [Fact]
    public async Task TheWorkerStartsAnAssessment_WithFactors_AndASecondWaitsForTheFirst()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long zac, long sam) = await InsertZacAsync(app);

        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, sam);
        string childUrl = "/children/" + zac.ToString(CultureInfo.InvariantCulture);
        string formUrl = (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("#record-assessment")!.GetAttribute("href")!;

        var refusedFields = new List<KeyValuePair<string, string>>
        {
            new("day", "31"), new("month", "5"), new("year", "2026"), new("factors", "21"), new("factors", "16A"),
        };
        using (HttpResponseMessage refused = await PostAsync(client, formUrl, refusedFields))
        {
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(
                [
                    "\"No factors identified\" cannot be selected with other factors",
                    "The child has no open referral on that date: an assessment starts from a referral, recorded at the front door",
                ],
                page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
            Assert.Equal(["16A", "21"], page.QuerySelectorAll("input[name='factors'][checked]").Select(i => i.GetAttribute("value")!).Order(StringComparer.Ordinal));
            Assert.Equal("31", page.QuerySelector("#start-day")?.GetAttribute("value"));
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("day", "15"), new("month", "6"), new("year", "2026"), new("seenDay", "15"), new("seenMonth", "6"), new("seenYear", "2026"),
            new("factors", "16A"), new("factors", "4B"),
        };
        using (HttpResponseMessage saved = await PostAsync(client, formUrl, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal("Assessment started on 15 June 2026: it is due for authorisation by 17 August 2026 (45 working days).",
            (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("#saved")?.TextContent.Trim());
        await using (AppDbContext check = app.OpenContext())
        {
            Assessment assessment = await check.Assessments.Include(a => a.Factors).SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal((new DateOnly(2026, 6, 15), (DateOnly?)new DateOnly(2026, 6, 15), (long?)sam, (DateOnly?)null),
                (assessment.StartDate, assessment.ChildSeenDate, assessment.WorkerId, assessment.AuthorisationDate));
            Assert.Equal(["16A", "4B"], assessment.Factors.Select(f => f.Code).Order(StringComparer.Ordinal));
        }

        using (HttpResponseMessage second = await PostAsync(client, formUrl, fields))
        {
            IHtmlDocument page = WebTestApp.Parse(await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(["An assessment on this referral is still waiting for authorisation: complete that one first"],
                page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
        }

        await using AppDbContext after = app.OpenContext();
        Assert.Equal(1, await after.Assessments.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheAssessment_NamesTheWorkerWhoStartedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long zac, long sam) = await InsertZacAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, sam);
        string formUrl = "/children/" + zac.ToString(CultureInfo.InvariantCulture) + "/assessments/new";

        using (HttpResponseMessage saved = await PostAsync(client, formUrl, [new("day", "15"), new("month", "6"), new("year", "2026"), new("factors", "16A")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.Assessments.SingleAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(long Zac, long Sam)> InsertZacAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var team = new Team { Name = "Assessment", Kind = TeamKind.Assessment, Service = new Service { Name = "North" } };
        var samW = new Worker { StaffNumber = "SAM", FirstName = "Sam", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var child = new Child { LaChildId = "ZAC1", FirstName = "Zac", LastName = "Zed", DateOfBirth = new DateOnly(2019, 2, 2) };
        db.AddRange(team, samW, child,
            new CinEpisode { Child = child, ReferralDate = new DateOnly(2026, 6, 1), ReferralSource = "2A" },
            new Allocation { Child = child, Team = team, Worker = samW, StartDate = new DateOnly(2026, 6, 1) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (child.Id, samW.Id);
    }

    /// <summary>Posts with repeated fields (checkboxes), with the form's anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields)
    {
        IHtmlDocument form = await WebTestApp.GetPageAsync(client, url);
        string token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return await client.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
    }
}

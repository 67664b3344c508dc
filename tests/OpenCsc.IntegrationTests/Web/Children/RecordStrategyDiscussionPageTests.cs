using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Recording a strategy discussion as at 15 June 2026: Dee was referred on 1 June; Ann (Team A) holds her case.
/// </summary>
public sealed class RecordStrategyDiscussionPageTests
{
    [Fact]
    public async Task TheWorkerRecordsWhoTookPart_AnAbsentStatutoryAgencyNeedsAReason_AndTheDiscussionIsSaved()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long dee, ann;
        await using (AppDbContext db = app.OpenContext())
        {
            var team = new Team { Name = "Team A", Kind = TeamKind.Assessment, Service = new Service { Name = "North" } };
            var annW = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
            var child = new Child { LaChildId = "DEE1", FirstName = "Dee", LastName = "Strategy", DateOfBirth = new DateOnly(2014, 4, 4) };
            db.AddRange(team, annW, child,
                new CinEpisode { Child = child, ReferralDate = new DateOnly(2026, 6, 1), ReferralSource = "5A" },
                new Allocation { Child = child, Team = team, Worker = annW, StartDate = new DateOnly(2026, 6, 1) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            (dee, ann) = (child.Id, annW.Id);
        }

        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = "/children/" + dee.ToString(CultureInfo.InvariantCulture);
        string formUrl = (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("#record-strategy")!.GetAttribute("href")!;
        Assert.Equal(childUrl + "/strategy-discussions/new", formUrl);

        async Task<IHtmlDocument> RefusedAsync(List<KeyValuePair<string, string>> fields)
        {
            IHtmlDocument form = await WebTestApp.GetPageAsync(client, formUrl);
            fields.Add(new("__RequestVerificationToken", form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!));
            using HttpResponseMessage response = await client.PostAsync(formUrl, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebTestApp.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        static string[] Summary(IHtmlDocument page) => [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim())];

        IHtmlDocument noHealth = await RefusedAsync([new("day", "10"), new("month", "6"), new("year", "2026"), new("agencies", "csc"), new("agencies", "police"), new("decision", "Section47Enquiry"), new("rationale", "Injury seen at school.")]);
        Assert.Equal(["Enter why health did not take part: Working Together expects children's social care, police and health"], Summary(noHealth));
        Assert.NotNull(noHealth.QuerySelector("#agencies-police[checked]"));
        Assert.Null(noHealth.QuerySelector("#agencies-health[checked]"));

        IHtmlDocument beforeReferral = await RefusedAsync([new("day", "29"), new("month", "5"), new("year", "2026"), new("agencies", "police"), new("agencies", "health")]);
        Assert.Equal(
            [
                "The child has no child in need episode open on that date: record the referral first",
                "Select children's social care: a strategy discussion is led by children's social care",
                "Select the decision",
                "Enter the rationale for the decision",
            ],
            Summary(beforeReferral).OrderBy(s => s.StartsWith("The child", StringComparison.Ordinal) ? 0 : 1).ToArray());

        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["day"] = "10",
            ["month"] = "6",
            ["year"] = "2026",
            ["agencies"] = "csc",
            ["otherAgencies"] = "School designated safeguarding lead",
            ["absentReason"] = "Police on a call-out; their view taken by phone beforehand.",
            ["decision"] = "Section47Enquiry",
            ["rationale"] = "Unexplained injury seen at school; a section 47 enquiry is needed.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal("Strategy discussion on 10 June 2026 recorded.", (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("#saved")?.TextContent.Trim());
        await using AppDbContext check = app.OpenContext();
        StrategyDiscussion discussion = await check.StrategyDiscussions.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            (new DateOnly(2026, 6, 10), true, false, false, false, "School designated safeguarding lead", "Police on a call-out; their view taken by phone beforehand.", StrategyDecision.Section47Enquiry, (long?)ann, false),
            (discussion.Date, discussion.CscTookPart, discussion.PoliceTookPart, discussion.HealthTookPart, discussion.EducationTookPart, discussion.OtherAgencies, discussion.AbsentAgencyReason, discussion.Decision!.Value, discussion.ChairedById, discussion.IsWorkingTogetherCompliant));
        Assert.True(await check.AuditEntries.AnyAsync(e => e.EntityType == nameof(StrategyDiscussion) && e.ChildId == dee, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheDiscussion_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long zoe, long ann) = await PlanForms.InsertZoeAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);

        await PlanForms.SavedAsync(client, PlanForms.ChildUrl(zoe) + "/strategy-discussions/new", PlanForms.Date("10")
            .With("agencies", "csc").With("absentReason", "Police and health unavailable; views taken by phone.")
            .With("decision", "Section47Enquiry").With("rationale", "Unexplained injury seen at school."));

        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.StrategyDiscussions.SingleAsync(TestContext.Current.CancellationToken));
    }
}

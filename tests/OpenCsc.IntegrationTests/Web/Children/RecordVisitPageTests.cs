using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Visits;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Recording a visit, as at Monday 15 June 2026: Amy Over is on a CP plan, last seen Friday 1 May, so her visit was due
/// on Monday 18 May (10 working days; 4 May a bank holiday) and is overdue. Ann, her social worker, records a visit.
/// </summary>
public sealed class RecordVisitPageTests
{
    private static async Task<(long Child, long Ann, long Bob)> InsertAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var service = new Service { Name = "Children's services" };
        var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildProtection, Service = service };
        var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = service };
        var ann = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamA, StartDate = new DateOnly(2020, 1, 1), IsCaseHolding = true };
        var bob = new Worker { StaffNumber = "BOB", FirstName = "Bob", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamB, StartDate = new DateOnly(2020, 1, 1), IsCaseHolding = true };
        var amy = new Child { LaChildId = "AMYOVER", FirstName = "Amy", LastName = "Over", Sex = "F", DateOfBirth = new DateOnly(2016, 3, 1) };
        var episode = new CinEpisode { Child = amy, ReferralDate = new DateOnly(2025, 12, 1), ReferralSource = "1A" };
        db.AddRange(service, teamA, teamB, ann, bob, amy, episode,
            new ChildProtectionPlan { CinEpisode = episode, Child = amy, StartDate = new DateOnly(2026, 1, 5), InitialCategory = "NEG", LatestCategory = "NEG" },
            new Visit { Child = amy, Kind = VisitKind.ChildProtection, VisitDate = new DateOnly(2026, 5, 1), RecordedAt = new DateTime(2026, 5, 1, 16, 0, 0), ChildSeen = true },
            new Allocation { Child = amy, Team = teamA, Worker = ann, StartDate = new DateOnly(2026, 1, 5) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (amy.Id, ann.Id, bob.Id);
    }

    private static string State(IHtmlDocument tracker) =>
        tracker.QuerySelector("tbody tr[data-child='AMYOVER'] [data-field='state'] .govuk-tag")?.TextContent.Trim() ?? "not listed";

    [Fact]
    public async Task TheSocialWorker_RecordsAVisitInTwoClicks_AndTheChildLeavesTheOverdueList()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (child, ann, _) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = "/children/" + child.ToString(CultureInfo.InvariantCulture);
        Assert.Equal("Overdue", State(await WebTestApp.GetPageAsync(client, "/trackers/visits")));

        IHtmlDocument childPage = await WebTestApp.GetPageAsync(client, childUrl);
        string formUrl = childPage.QuerySelector("#record-visit")!.GetAttribute("href")!;
        IHtmlDocument form = await WebTestApp.GetPageAsync(client, formUrl);
        Assert.NotNull(form.QuerySelector("input[name='kind'][value='ChildProtection'][checked]"));
        using HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["kind"] = "ChildProtection",
            ["day"] = "12",
            ["month"] = "6",
            ["year"] = "2026",
            ["seen"] = "yes",
            ["seenAlone"] = "yes",
            ["note"] = "Seen at school.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(childUrl, saved.Headers.Location?.OriginalString);
        IHtmlDocument after = await WebTestApp.GetPageAsync(client, childUrl);
        Assert.Equal("Child protection visit on 12 June 2026 recorded.", after.QuerySelector("#saved")?.TextContent.Trim());
        // Seen on Friday 12 June: the next visit is due 10 working days later, Friday 26 June.
        IHtmlDocument tracker = await WebTestApp.GetPageAsync(client, "/trackers/visits");
        Assert.Equal("Not yet due", State(tracker));
        Assert.Equal("26 June 2026", tracker.QuerySelector("tbody tr[data-child='AMYOVER'] [data-field='due']")?.TextContent.Trim());
        await using AppDbContext db = app.OpenContext();
        Visit visit = db.Visits.Single(v => v.ChildId == child && v.VisitDate == new DateOnly(2026, 6, 12));
        Assert.Equal((ann, true, true, "Seen at school."), (visit.WorkerId!.Value, visit.ChildSeen, visit.SeenAlone, visit.Note));
        Assert.Equal(new DateTime(2026, 6, 15, 12, 0, 0), visit.RecordedAt);
    }

    [Fact]
    public async Task AFormWithErrors_SaysWhatIsWrongNextToEachField_KeepsWhatWasTyped_AndSavesNothing()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (child, ann, _) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string formUrl = $"/children/{child.ToString(CultureInfo.InvariantCulture)}/visits/new";

        using HttpResponseMessage notADate = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["kind"] = "ChildProtection",
            ["day"] = "31",
            ["month"] = "2",
            ["year"] = "2026",
            ["seenAlone"] = "no",
            ["note"] = "<script>alert(1)</script> typed note",
        });
        using HttpResponseMessage future = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["day"] = "16",
            ["month"] = "6",
            ["year"] = "2026",
            ["seen"] = "yes",
        });

        IHtmlDocument first = WebTestApp.Parse(await notADate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        IHtmlDocument second = WebTestApp.Parse(await future.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["The date of the visit must be a real date, for example 27 3 2026", "Select yes if the child was seen"],
            first.QuerySelectorAll(".govuk-error-summary a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["#visit-date-day", "#seen"], first.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal("31", first.QuerySelector("#visit-date-day")?.GetAttribute("value"));
        Assert.NotNull(first.QuerySelector("input[name='seenAlone'][value='no'][checked]"));
        Assert.Equal("<script>alert(1)</script> typed note", first.QuerySelector("#note")?.TextContent);
        Assert.Empty(first.QuerySelectorAll("script:not([src])"));
        Assert.Equal(["Select the kind of visit", "The date of the visit must be today or in the past", "Select yes if the child was seen alone"],
            second.QuerySelectorAll(".govuk-error-summary a").Select(a => a.TextContent.Trim()));
        await using AppDbContext db = app.OpenContext();
        Assert.Equal(1, db.Visits.Count(v => v.ChildId == child));
    }

    [Fact]
    public async Task TheVisit_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (child, ann, _) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);
        string formUrl = $"/children/{child.ToString(CultureInfo.InvariantCulture)}/visits/new";

        using HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["kind"] = "ChildProtection",
            ["day"] = "12",
            ["month"] = "6",
            ["year"] = "2026",
            ["seen"] = "no",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using AppDbContext db = app.OpenContext();
        Visit visit = db.Visits.Single(v => v.ChildId == child && v.VisitDate == new DateOnly(2026, 6, 12));
        await RecordedBy.AssertAsync(db, userName, visit);
    }

    [Fact]
    public async Task AWorkerInAnotherTeam_CannotRecordOnTheChild_NorSeeItsName()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (child, _, bob) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, bob);
        string formUrl = $"/children/{child.ToString(CultureInfo.InvariantCulture)}/visits/new";

        using HttpResponseMessage page = await client.GetAsync(formUrl, TestContext.Current.CancellationToken);
        string body = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("Amy", body, StringComparison.Ordinal);
    }
}

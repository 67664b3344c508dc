using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Supervision;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Supervision;

/// <summary>
/// Supervision as at Monday 15 June 2026. Tia manages Team A: Sam (last supervised 1 May, so due 29 May and overdue)
/// holds Amy and Ben; Kit (never supervised) holds nobody. Tia records Sam's supervision today with a decision for Amy
/// only; Sam's next supervision is then due on 13 July (28 days on).
/// </summary>
public sealed class SupervisionPagesTests
{
    [Fact]
    public async Task AManagerRecordsSupervision_WithADecisionOnOneChild_ThatShowsOnTheChildsRecord()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (tia, sam, amy, ben) = await InsertTeamAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient manager = await app.ClientAsync(StaffRole.TeamManager, tia);

        IHtmlDocument list = await WebTestApp.GetPageAsync(manager, "/supervision");
        string[] Row(long worker) => [.. list.QuerySelectorAll($"#supervisees tr[data-worker='{worker}'] td").Select(td => string.Join(' ', td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
        Assert.Equal(["Sam Worker", "2", "1 May 2026", "29 May 2026 Overdue", "Record supervision with Sam Worker"], Row(sam));
        Assert.Equal(2, list.QuerySelectorAll("#supervisees tbody tr").Length);

        string formUrl = "/supervision/" + sam.ToString(CultureInfo.InvariantCulture) + "/new";
        IHtmlDocument form = await WebTestApp.GetPageAsync(manager, formUrl);
        Assert.Equal([amy, ben], form.QuerySelectorAll("[data-child]").Select(d => long.Parse(d.GetAttribute("data-child")!, CultureInfo.InvariantCulture)));

        string a = amy.ToString(CultureInfo.InvariantCulture);
        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(manager, formUrl, formUrl, new()
        {
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["discussion"] = "Short",
            ["decision-" + a] = "Visit Amy this week and see her alone.",
            ["byDay-" + a] = "1",
            ["byMonth-" + a] = "6",
            ["byYear-" + a] = "2026",
        }))
        {
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(
                ["What was discussed must be at least 20 characters", "The date the actions are due by must be on or after the supervision"],
                page.QuerySelectorAll(".govuk-error-summary__list a").Select(x => x.TextContent.Trim()));
            Assert.Equal("Visit Amy this week and see her alone.", page.QuerySelector("#decision-" + a)?.TextContent);
        }

        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(manager, formUrl, formUrl, new()
        {
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["discussion"] = "Caseload reviewed; reflected on Amy's missing episodes and the exploitation risk.",
            ["decision-" + a] = "Visit Amy this week and see her alone.",
            ["byDay-" + a] = "19",
            ["byMonth-" + a] = "6",
            ["byYear-" + a] = "2026",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        list = await WebTestApp.GetPageAsync(manager, "/supervision");
        Assert.Equal("Supervision with Sam Worker on 15 June 2026 recorded, with 1 case decision.", list.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Equal(["Sam Worker", "2", "15 June 2026", "13 July 2026", "Record supervision with Sam Worker"], Row(sam));

        await using (AppDbContext db = app.OpenContext())
        {
            SupervisionSession session = await db.SupervisionSessions.Include(s => s.CaseDecisions).SingleAsync(s => s.Date == new DateOnly(2026, 6, 15), TestContext.Current.CancellationToken);
            Assert.Equal((sam, tia), (session.WorkerId, session.SupervisorId));
            CaseDecision decision = Assert.Single(session.CaseDecisions);
            Assert.Equal((amy, "Visit Amy this week and see her alone.", (DateOnly?)new DateOnly(2026, 6, 19)), (decision.ChildId, decision.Decision, decision.ActionsBy));
        }

        string chronology = (await WebTestApp.GetPageAsync(manager, "/children/" + a + "?type=supervision")).Body!.TextContent;
        Assert.Contains("Decision in supervision", chronology, StringComparison.Ordinal);
        Assert.Contains("Supervision of Sam Worker by Tia Manager", chronology, StringComparison.Ordinal);
        Assert.Contains("Actions due by 19 June 2026", chronology, StringComparison.Ordinal);
        Assert.DoesNotContain("Decision in supervision", (await WebTestApp.GetPageAsync(manager, "/children/" + ben.ToString(CultureInfo.InvariantCulture) + "?type=supervision")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADecisionOnAChildTheWorkerDoesNotHold_IsRefused_AndAManagerCannotSuperviseAnotherTeam()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (tia, sam, amy, _) = await InsertTeamAsync(app);
        long other;
        await using (AppDbContext db = app.OpenContext())
        {
            var team = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "South" } };
            var ola = new Worker { StaffNumber = "OLA", FirstName = "Ola", LastName = "Other", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
            db.AddRange(team, ola);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            other = ola.Id;
        }

        await using (AppDbContext db = app.OpenContext())
        {
            // Amy was allocated to Sam only from 1 March: a supervision on 20 February cannot decide on her case.
            RecordingResult<SupervisionSession> result = await RecordSupervision.RunAsync(db, await ManagerAsync(db, tia),
                new RecordSupervisionCommand(sam, new DateOnly(2026, 2, 20), "Caseload reviewed and next steps agreed for each child.", [new SupervisionCaseDecision(amy, "Visit this week.", null)]),
                TestContext.Current.CancellationToken);
            Assert.Equal(RecordingOutcome.Invalid, result.Outcome);
            Assert.Equal(["The worker did not hold this child's case on the date of the supervision: record the decision in the supervision of the worker who did"], result.Problems.Select(p => p.Message));
            Assert.Equal(1, await db.SupervisionSessions.CountAsync(TestContext.Current.CancellationToken));
        }

        app.StartWithoutDemo(signInAs: null);
        HttpClient manager = await app.ClientAsync(StaffRole.TeamManager, tia);
        using HttpResponseMessage response = await manager.GetAsync("/supervision/" + other.ToString(CultureInfo.InvariantCulture) + "/new", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheSessionAndItsDecisions_NameTheManagerWhoRecordedThem_InTheirStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (tia, sam, amy, _) = await InsertTeamAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient manager = app.NewClient();
        string userName = await app.SignInAsync(manager, StaffRole.TeamManager, tia);
        string formUrl = "/supervision/" + sam.ToString(CultureInfo.InvariantCulture) + "/new";
        string a = amy.ToString(CultureInfo.InvariantCulture);

        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(manager, formUrl, formUrl, new()
        {
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["discussion"] = "Caseload reviewed; reflected on Amy's missing episodes and the exploitation risk.",
            ["decision-" + a] = "Visit Amy this week and see her alone.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await using AppDbContext db = app.OpenContext();
        SupervisionSession session = await db.SupervisionSessions.Include(s => s.CaseDecisions).SingleAsync(s => s.Date == new DateOnly(2026, 6, 15), TestContext.Current.CancellationToken);
        await RecordedBy.AssertAsync(db, userName, session);
        await RecordedBy.AssertAsync(db, userName, Assert.Single(session.CaseDecisions));
    }

    /// <summary>The recording context of a team manager at 12:00 on 15 June 2026, as the web would build it.</summary>
    private static async Task<RecordingContext> ManagerAsync(AppDbContext db, long manager)
    {
        ChildScope scope = await ChildScope.ForAsync(db, new StaffUser(1, "Manager", StaffRole.TeamManager, manager), WebTestApp.Today, WebTestApp.Now.UtcDateTime, TestContext.Current.CancellationToken);
        return new RecordingContext(AuditContext.ForSystem("test"), scope, new FixedTimeProvider(WebTestApp.Now), StatutoryTimescales.Default, WorkingDayCalendar.EnglandAndWales());
    }

    private static async Task<(long Tia, long Sam, long Amy, long Ben)> InsertTeamAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
        var tia = new Worker { StaffNumber = "TIA", FirstName = "Tia", LastName = "Manager", Role = WorkerRole.TeamManager, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var sam = new Worker { StaffNumber = "SAM", FirstName = "Sam", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, Manager = tia, StartDate = new DateOnly(2020, 1, 1), IsCaseHolding = true };
        var kit = new Worker { StaffNumber = "KIT", FirstName = "Kit", LastName = "Newstarter", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2026, 6, 1), IsCaseHolding = true };
        var amy = new Child { LaChildId = "AMY1", FirstName = "Amy", LastName = "Able", DateOfBirth = new DateOnly(2012, 1, 1) };
        var ben = new Child { LaChildId = "BEN1", FirstName = "Ben", LastName = "Brown", DateOfBirth = new DateOnly(2014, 1, 1) };
        db.AddRange(team, tia, sam, kit, amy, ben,
            new Allocation { Child = amy, Team = team, Worker = sam, StartDate = new DateOnly(2026, 3, 1) },
            new Allocation { Child = ben, Team = team, Worker = sam, StartDate = new DateOnly(2026, 1, 1) },
            new SupervisionSession { Worker = sam, Supervisor = tia, Date = new DateOnly(2026, 5, 1), Discussion = "Caseload reviewed in May." });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (tia.Id, sam.Id, amy.Id, ben.Id);
    }
}

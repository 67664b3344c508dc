using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Authorising an assessment, as at Monday 15 June 2026. Cal's assessment started on Monday 1 June, by Ann of Team A;
/// Tess manages Team A, Hal heads the service, Bea manages Team B.
/// </summary>
public sealed class AuthoriseAssessmentPageTests(PostgresServer postgres)
{
    [Fact]
    public async Task ATeamManagerAuthorisesWithARationale_TheAssessmentLeavesTheTracker_AndASecondManagerIsToldNotOverwritten()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long cal, long assessment, long ann, long tess, long hal, long bea) = await InsertCalAsync(app);
        app.StartWithoutDemo(signInAs: null);
        string childUrl = "/children/" + cal.ToString(CultureInfo.InvariantCulture);
        string formUrl = childUrl + "/assessments/" + assessment.ToString(CultureInfo.InvariantCulture) + "/authorise";
        HttpClient annClient = await app.ClientAsync(StaffRole.SocialWorker, ann);
        Assert.Equal(HttpStatusCode.Forbidden, (await annClient.GetAsync(formUrl, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Null((await WebTestApp.GetPageAsync(annClient, childUrl)).QuerySelector("a[data-action='authorise']"));
        HttpClient beaClient = await app.ClientAsync(StaffRole.TeamManager, bea);
        Assert.Equal(HttpStatusCode.Forbidden, (await beaClient.GetAsync(formUrl, TestContext.Current.CancellationToken)).StatusCode);

        HttpClient tessClient = await app.ClientAsync(StaffRole.TeamManager, tess);
        HttpClient halClient = await app.ClientAsync(StaffRole.HeadOfService, hal);
        Assert.Contains("CAL1", await tessClient.GetStringAsync("/trackers/assessments", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(formUrl, (await WebTestApp.GetPageAsync(tessClient, childUrl)).QuerySelector("a[data-action='authorise']")?.GetAttribute("href"));
        // Hal opens the form now, and saves after Tess.
        IHtmlDocument halForm = await WebTestApp.GetPageAsync(halClient, formUrl);

        Dictionary<string, string> Fields(string? outcome, string day, string rationale) => new()
        {
            ["outcome"] = outcome ?? "",
            ["day"] = day,
            ["month"] = "6",
            ["year"] = "2026",
            ["rationale"] = rationale,
            ["version"] = "0", // the version of the assessment both forms showed
        };
        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(tessClient, formUrl, formUrl, Fields(null, "31", "Too short")))
        {
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal(
                [
                    "Select the outcome of the assessment",
                    "The date of authorisation must be a real date, for example 27 3 2026",
                    "The rationale must be at least 20 characters: say why this outcome",
                ],
                page.QuerySelectorAll(".govuk-error-summary__list a").Select(x => x.TextContent.Trim()));
            Assert.Equal("Too short", page.QuerySelector("#rationale")?.TextContent);
        }

        using (HttpResponseMessage future = await WebTestApp.PostFormAsync(tessClient, formUrl, formUrl, Fields("ChildInNeedPlan", "29", "Enough evidence of need for a plan.")))
        {
            string html = await future.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("The date of authorisation must be today or in the past", html, StringComparison.Ordinal);
        }

        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(tessClient, formUrl, formUrl, Fields("ChildInNeedPlan", "12", "Neglect of health needs; parents engage: a CIN plan with health.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal("Assessment authorised: child in need plan.", (await WebTestApp.GetPageAsync(tessClient, childUrl)).QuerySelector("#saved")?.TextContent.Trim());
        Assert.DoesNotContain("CAL1", await tessClient.GetStringAsync("/trackers/assessments", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var halFields = Fields("NoFurtherAction", "15", "I would close this: no further action needed.");
        halFields["__RequestVerificationToken"] = halForm.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using (HttpResponseMessage late = await halClient.PostAsync(formUrl, new FormUrlEncodedContent(halFields), TestContext.Current.CancellationToken))
        {
            IHtmlDocument page = WebTestApp.Parse(await late.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(
                "This assessment was authorised by Tess Manager after you opened it: nothing you entered was saved. Reload the child's record to see the decision.",
                page.QuerySelector(".govuk-error-summary__list a")?.TextContent.Trim());
            Assert.Equal("I would close this: no further action needed.", page.QuerySelector("#unsaved-rationale")?.TextContent);
        }

        await using AppDbContext check = app.OpenContext();
        Assessment authorised = await check.Assessments.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((new DateOnly(2026, 6, 12), (long?)tess, AssessmentOutcome.ChildInNeedPlan, "Neglect of health needs; parents engage: a CIN plan with health."),
            (authorised.AuthorisationDate!.Value, authorised.AuthorisedById, authorised.Outcome!.Value, authorised.AuthorisationRationale));
        AuditEntry change = await check.AuditEntries.SingleAsync(e => e.EntityType == nameof(Assessment) && e.Action == AuditAction.Update, TestContext.Current.CancellationToken);
        Assert.Equal((long?)cal, change.ChildId);
        Assert.Contains("Neglect of health needs", change.Details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AnAssessmentChangedAfterTheFormOpened_IsNotAuthorised_AndTheManagerKeepsTheirEntries(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        (long cal, long assessment, _, long tess, _, _) = await InsertCalAsync(app);
        app.StartWithoutDemo(signInAs: null);
        string formUrl = "/children/" + cal.ToString(CultureInfo.InvariantCulture) + "/assessments/" + assessment.ToString(CultureInfo.InvariantCulture) + "/authorise";
        HttpClient tessClient = await app.ClientAsync(StaffRole.TeamManager, tess);
        IHtmlDocument opened = await WebTestApp.GetPageAsync(tessClient, formUrl);
        string version = opened.QuerySelector("input[name='version']")!.GetAttribute("value")!;
        Assert.Equal("0", version);
        await using (AppDbContext other = app.OpenContext())
        {
            // Ann records that she saw Cal on 3 June after Tess opened the form.
            Assessment changed = await other.Assessments.SingleAsync(TestContext.Current.CancellationToken);
            changed.ChildSeenDate = new DateOnly(2026, 6, 3);
            await other.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var fields = new Dictionary<string, string>
        {
            ["outcome"] = "ChildInNeedPlan",
            ["day"] = "12",
            ["month"] = "6",
            ["year"] = "2026",
            ["rationale"] = "Neglect of health needs; parents engage: a CIN plan with health.",
            ["version"] = version,
            ["__RequestVerificationToken"] = opened.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
        };
        using (HttpResponseMessage refused = await tessClient.PostAsync(formUrl, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal([EditConflicts.Message], page.QuerySelectorAll(".govuk-error-summary__list a").Select(x => x.TextContent.Trim()));
            Assert.Equal("Neglect of health needs; parents engage: a CIN plan with health.", page.QuerySelector("#rationale")?.TextContent);
            Assert.Equal("12", page.QuerySelector("#authorised-day")?.GetAttribute("value"));
        }

        await using AppDbContext check = app.OpenContext();
        Assessment unchanged = await check.Assessments.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((DateOnly?)null, (DateOnly?)new DateOnly(2026, 6, 3), 1), (unchanged.AuthorisationDate, unchanged.ChildSeenDate, unchanged.RowVersion));
    }

    [Fact]
    public async Task TheAuthorisation_NamesTheManager_InTheAssessmentsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long cal, long assessment, _, long tess, _, _) = await InsertCalAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.TeamManager, tess);
        string formUrl = "/children/" + cal.ToString(CultureInfo.InvariantCulture) + "/assessments/" + assessment.ToString(CultureInfo.InvariantCulture) + "/authorise";
        string version = (await WebTestApp.GetPageAsync(client, formUrl)).QuerySelector("input[name='version']")!.GetAttribute("value")!;

        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["outcome"] = "ChildInNeedPlan",
            ["day"] = "12",
            ["month"] = "6",
            ["year"] = "2026",
            ["rationale"] = "Neglect of health needs; parents engage: a CIN plan with health.",
            ["version"] = version,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.Assessments.SingleAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(long Cal, long Assessment, long Ann, long Tess, long Hal, long Bea)> InsertCalAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var service = new Service { Name = "North" };
        var teamA = new Team { Name = "Team A", Kind = TeamKind.Assessment, Service = service };
        var teamB = new Team { Name = "Team B", Kind = TeamKind.Assessment, Service = new Service { Name = "South" } };
        Worker W(string first, string last, WorkerRole role, Team team) => new() { StaffNumber = first.ToUpperInvariant(), FirstName = first, LastName = last, Role = role, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        Worker annW = W("Ann", "Worker", WorkerRole.SocialWorker, teamA), tessW = W("Tess", "Manager", WorkerRole.TeamManager, teamA),
            halW = W("Hal", "Head", WorkerRole.HeadOfService, teamA), beaW = W("Bea", "Manager", WorkerRole.TeamManager, teamB);
        var child = new Child { LaChildId = "CAL1", FirstName = "Cal", LastName = "Assessed", DateOfBirth = new DateOnly(2015, 5, 5) };
        var episode = new CinEpisode { Child = child, ReferralDate = new DateOnly(2026, 5, 29), ReferralSource = "1A" };
        var a = new Assessment { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 6, 1), Worker = annW };
        db.AddRange(service, teamA, teamB, annW, tessW, halW, beaW, child, episode, a,
            new Allocation { Child = child, Team = teamA, Worker = annW, StartDate = new DateOnly(2026, 5, 29) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        service.HeadOfServiceId = halW.Id;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (child.Id, a.Id, annW.Id, tessW.Id, halW.Id, beaW.Id);
    }
}

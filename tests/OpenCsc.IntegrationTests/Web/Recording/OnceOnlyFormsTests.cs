using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Recording;
using OpenCsc.Visits;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Recording;

/// <summary>
/// A form that creates a record saves once per form instance (issue 14: double-submitting a visit form saved three
/// identical visits). As at 12:00 on Monday 15 June 2026, Ann records on Mia, her child; Max, in the MASH, records a
/// contact about Nia, a child new to the service.
/// </summary>
public sealed class OnceOnlyFormsTests(PostgresServer postgres)
{
    private static readonly Dictionary<string, string> Visit = new()
    {
        ["kind"] = "ChildInNeed",
        ["day"] = "12",
        ["month"] = "6",
        ["year"] = "2026",
        ["seen"] = "yes",
        ["seenAlone"] = "no",
        ["note"] = "Seen at home.",
    };

    [Fact]
    public async Task TheVisitForm_SentTwice_RecordsOneVisit_AndTheReplayLandsOnTheSamePage()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (mia, ann) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = "/children/" + mia.ToString(CultureInfo.InvariantCulture);
        string formUrl = childUrl + "/visits/new";
        Form form = await OpenAsync(client, formUrl);

        using HttpResponseMessage first = await form.PostAsync(client, Visit);
        using HttpResponseMessage replay = await form.PostAsync(client, Visit);

        Assert.Equal((HttpStatusCode.Redirect, childUrl), (first.StatusCode, first.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, childUrl), (replay.StatusCode, replay.Headers.Location?.OriginalString));
        Assert.Equal("Child in need visit on 12 June 2026 recorded.", (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("#saved")?.TextContent.Trim());
        await using AppDbContext db = app.OpenContext();
        Assert.Equal(1, await db.Visits.CountAsync(v => v.ChildId == mia, TestContext.Current.CancellationToken));
        // One entry for the visit; the form's token is not audited apart from it.
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Create && e.EntityType == nameof(OpenCsc.Visits.Visit), TestContext.Current.CancellationToken));
        FormSubmission submission = await db.FormSubmissions.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((form.Token, childUrl), (submission.Token, submission.ResultUrl));

        // A new form is a new instance: a second visit is a second record.
        using HttpResponseMessage another = await (await OpenAsync(client, formUrl)).PostAsync(client, Visit);
        Assert.Equal(HttpStatusCode.Redirect, another.StatusCode);
        Assert.Equal(2, await db.Visits.CountAsync(v => v.ChildId == mia, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheVisitForm_DoubleClicked_RecordsOneVisit_AndBothAnswersLeadToTheChild()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (mia, ann) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = "/children/" + mia.ToString(CultureInfo.InvariantCulture);
        Form form = await OpenAsync(client, childUrl + "/visits/new");

        HttpResponseMessage[] answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => form.PostAsync(client, Visit)));

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.Redirect, childUrl), (a.StatusCode, a.Headers.Location?.OriginalString)));
        await using AppDbContext db = app.OpenContext();
        Assert.Equal(1, await db.Visits.CountAsync(v => v.ChildId == mia, TestContext.Current.CancellationToken));
        foreach (HttpResponseMessage answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task AFormThatFailedItsChecks_CorrectedAndSentAgain_Saves()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (mia, ann) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        Form form = await OpenAsync(client, "/children/" + mia.ToString(CultureInfo.InvariantCulture) + "/visits/new");

        using HttpResponseMessage refused = await form.PostAsync(client, new(Visit) { ["day"] = "16" });
        IHtmlDocument again = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using HttpResponseMessage saved = await form.PostAsync(client, Visit);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(form.Token, again.QuerySelector("input[name='formToken']")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using AppDbContext db = app.OpenContext();
        Assert.Equal(1, await db.Visits.CountAsync(v => v.ChildId == mia, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheMissingEpisodeForm_SentTwice_RecordsOneEpisode()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (mia, ann) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = "/children/" + mia.ToString(CultureInfo.InvariantCulture);
        Form form = await OpenAsync(client, childUrl + "/missing/new");
        var fields = new Dictionary<string, string>
        {
            ["kind"] = "Missing",
            ["day"] = "13",
            ["month"] = "6",
            ["year"] = "2026",
            ["returnDay"] = "14",
            ["returnMonth"] = "6",
            ["returnYear"] = "2026",
            ["returnTime"] = "17:30",
        };

        using HttpResponseMessage first = await form.PostAsync(client, fields);
        using HttpResponseMessage replay = await form.PostAsync(client, fields);

        Assert.Equal((HttpStatusCode.Redirect, childUrl), (first.StatusCode, first.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, childUrl), (replay.StatusCode, replay.Headers.Location?.OriginalString));
        await using AppDbContext db = app.OpenContext();
        Assert.Equal(1, await db.MissingEpisodes.CountAsync(m => m.ChildId == mia, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheContactForm_ForANewChild_SentTwice_CreatesOneChildAndOneContact_AndTheReplayLandsOnThatChild()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long max = await InsertMashAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.MashWorker, max);
        Form form = await OpenAsync(client, "/front-door/contacts/new");
        var fields = new Dictionary<string, string>
        {
            ["firstName"] = "Nia",
            ["lastName"] = "New",
            ["sex"] = "F",
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["time"] = "9:15",
            ["source"] = "2A",
            ["concern"] = "School: Nia arrived with a bruise to her cheek.",
            ["brag"] = "Amber",
        };

        using HttpResponseMessage first = await form.PostAsync(client, fields);
        using HttpResponseMessage replay = await form.PostAsync(client, fields);

        await using AppDbContext db = app.OpenContext();
        Child nia = await db.Children.SingleAsync(TestContext.Current.CancellationToken);
        string niaUrl = "/children/" + nia.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal((HttpStatusCode.Redirect, niaUrl), (first.StatusCode, first.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, niaUrl), (replay.StatusCode, replay.Headers.Location?.OriginalString));
        Assert.Equal(1, await db.Contacts.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SomeoneElsesFormToken_IsRefused_AndSavesNothing()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (mia, ann) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient first = await app.ClientAsync(StaffRole.SocialWorker, ann);
        HttpClient second = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string formUrl = "/children/" + mia.ToString(CultureInfo.InvariantCulture) + "/visits/new";
        Form form = await OpenAsync(first, formUrl);
        using HttpResponseMessage saved = await form.PostAsync(first, Visit);

        using HttpResponseMessage copied = await (await OpenAsync(second, formUrl) with { Token = form.Token }).PostAsync(second, Visit);

        Assert.Equal(HttpStatusCode.BadRequest, copied.StatusCode);
        await using AppDbContext db = app.OpenContext();
        Assert.Equal(1, await db.Visits.CountAsync(v => v.ChildId == mia, TestContext.Current.CancellationToken));
    }

    /// <summary>The database holds the line when two saves of one form race: the second fails on the token's key, on both engines.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TheSameFormToken_CannotSaveTwice_InTheDatabase(Engine engine)
    {
        DatabaseSettings settings = await new TestDatabases(postgres).CreateMigratedAsync(engine);
        var clock = new FixedTimeProvider(WebTestApp.Now);
        long mia, ann;
        await using (AppDbContext setup = AppDatabase.CreateContext(settings, clock))
        {
            var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
            var worker = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
            var child = new Child { LaChildId = "MIA1", FirstName = "Mia", LastName = "Missing", DateOfBirth = new DateOnly(2011, 2, 2) };
            setup.AddRange(team, worker, child, new Allocation { Child = child, Team = team, Worker = worker, StartDate = new DateOnly(2026, 1, 1) });
            await setup.SaveChangesAsync(TestContext.Current.CancellationToken);
            (mia, ann) = (child.Id, worker.Id);
        }

        string token = Guid.NewGuid().ToString("N");
        var command = new RecordVisitCommand(mia, VisitKind.ChildInNeed, new DateOnly(2026, 6, 12), true, false, null);
        async Task<RecordingResult<Visit>> SaveAsync()
        {
            await using AppDbContext db = AppDatabase.CreateContext(settings, clock);
            ChildScope scope = await ChildScope.ForAsync(db, new StaffUser(1, "ann", StaffRole.SocialWorker, ann), WebTestApp.Today, WebTestApp.Now.UtcDateTime, TestContext.Current.CancellationToken);
            var context = new RecordingContext(AuditContext.ForSystem("ann"), scope, clock, StatutoryTimescales.Default, WorkingDayCalendar.EnglandAndWales())
            {
                Form = new FormInstance(token, value => new FormOutcome("/children/" + ((Visit)value).ChildId.ToString(CultureInfo.InvariantCulture), "Saved.")),
            };
            return await RecordVisit.RunAsync(db, context, command, TestContext.Current.CancellationToken);
        }

        RecordingResult<Visit> first = await SaveAsync();
        await Assert.ThrowsAnyAsync<DbUpdateException>(SaveAsync);

        Assert.True(first.IsSaved);
        await using AppDbContext check = AppDatabase.CreateContext(settings, clock);
        Assert.Equal(1, await check.Visits.CountAsync(TestContext.Current.CancellationToken));
        FormSubmission submission = await check.FormSubmissions.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((token, "ann", "/children/" + mia.ToString(CultureInfo.InvariantCulture), "Saved."),
            (submission.Token, submission.UserName, submission.ResultUrl, submission.SavedMessage));
    }

    /// <summary>A form as a browser holds it: its anti-forgery token and its instance token.</summary>
    private sealed record Form(string Action, string Antiforgery, string Token)
    {
        public Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields) =>
            client.PostAsync(Action, new FormUrlEncodedContent(new Dictionary<string, string>(fields)
            {
                ["__RequestVerificationToken"] = Antiforgery,
                ["formToken"] = Token,
            }), TestContext.Current.CancellationToken);
    }

    private static async Task<Form> OpenAsync(HttpClient client, string url)
    {
        IHtmlDocument page = await WebTestApp.GetPageAsync(client, url);
        IHtmlDocument form = page;
        string token = form.QuerySelector("form[method='post'] input[name='formToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The form at {url} carries no formToken.");
        Assert.Matches("^[0-9a-f]{32}$", token);
        return new Form(url, form.QuerySelector("form[method='post'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!, token);
    }

    private static async Task<(long Mia, long Ann)> InsertAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
        var ann = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var child = new Child { LaChildId = "MIA1", FirstName = "Mia", LastName = "Missing", DateOfBirth = new DateOnly(2011, 2, 2) };
        db.AddRange(team, ann, child, new Allocation { Child = child, Team = team, Worker = ann, StartDate = new DateOnly(2026, 1, 1) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (child.Id, ann.Id);
    }

    private static async Task<long> InsertMashAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var team = new Team { Name = "MASH", Kind = TeamKind.Mash, Service = new Service { Name = "Front door" } };
        var tia = new Worker { StaffNumber = "TIA", FirstName = "Tia", LastName = "Manager", Role = WorkerRole.TeamManager, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var max = new Worker { StaffNumber = "MAX", FirstName = "Max", LastName = "Mash", Role = WorkerRole.MashWorker, Team = team, Manager = tia, StartDate = new DateOnly(2020, 1, 1) };
        db.AddRange(team, tia, max);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return max.Id;
    }
}

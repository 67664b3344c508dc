using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Recording;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.FrontDoor;

/// <summary>
/// The front door at 12:00 on Monday 15 June 2026. Max, a MASH worker, records a contact about Nia, a child new to the
/// service, that came in at 09:15 today; the threshold decision is due by the end of the next working day, Tuesday
/// 16 June. Tia, the MASH team manager, decides: referral, which opens Nia's CIN episode from today.
/// </summary>
public sealed class FrontDoorPagesTests(PostgresServer postgres)
{
    [Fact]
    public async Task AContactAboutANewChild_CreatesTheirRecord_AndTheDecisionOpensAReferral()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long max, long tia) = await InsertMashAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient mash = await app.ClientAsync(StaffRole.MashWorker, max);
        string formUrl = (await WebTestApp.GetPageAsync(mash, "/front-door")).QuerySelector("#record-contact")!.GetAttribute("href")!;
        Assert.Equal("/front-door/contacts/new", formUrl);

        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(mash, formUrl, formUrl, new()
        {
            ["firstName"] = "Nia",
            ["lastName"] = "",
            ["sex"] = "F",
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["time"] = "13:00",
            ["source"] = "2A",
            ["concern"] = "School: Nia arrived with a bruise to her cheek.",
        }))
        {
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(
                [
                    "Enter the child's last name",
                    "The time the contact came in must be now or in the past",
                    "Select the first BRAG rating",
                ],
                page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
            Assert.Equal("Nia", page.QuerySelector("#first-name")?.GetAttribute("value"));
            Assert.Equal("School: Nia arrived with a bruise to her cheek.", page.QuerySelector("#concern")?.TextContent);
            Assert.Equal("2A", page.QuerySelector("#source option[selected]")?.GetAttribute("value"));
        }

        await using (AppDbContext db = app.OpenContext())
        {
            Assert.Equal(0, await db.Contacts.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Children.CountAsync(TestContext.Current.CancellationToken));
        }

        string childUrl;
        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(mash, formUrl, formUrl, new()
        {
            ["firstName"] = "Nia",
            ["lastName"] = "New",
            ["birthDay"] = "3",
            ["birthMonth"] = "9",
            ["birthYear"] = "2018",
            ["sex"] = "F",
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["time"] = "9:15",
            ["source"] = "2A",
            ["concern"] = "School: Nia arrived with a bruise to her cheek.",
            ["brag"] = "Amber",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            childUrl = saved.Headers.Location!.OriginalString;
        }

        IHtmlDocument childPage = await WebTestApp.GetPageAsync(mash, childUrl);
        Assert.Equal("Contact recorded: the threshold decision is due within one working day of 15 June 2026 at 09:15.", childPage.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Equal("Child ID OC00000001", childPage.QuerySelector(".govuk-caption-l")?.TextContent.Trim());
        long contactId;
        await using (AppDbContext db = app.OpenContext())
        {
            Child nia = await db.Children.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(("Nia", "New", (DateOnly?)new DateOnly(2018, 9, 3), "F"), (nia.FirstName, nia.LastName, nia.DateOfBirth, nia.Sex));
            Allocation held = await db.Allocations.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal((nia.Id, (long?)max, new DateOnly(2026, 6, 15), (DateOnly?)null), (held.ChildId, held.WorkerId, held.StartDate, held.EndDate));
            Contact contact = await db.Contacts.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal((new DateTime(2026, 6, 15, 9, 15, 0), "2A", (Brag?)Brag.Amber, (long?)max, (ContactOutcome?)null),
                (contact.ReceivedAt, contact.Source, contact.BragFirst, contact.RecordedById, contact.Outcome));
            contactId = contact.Id;
        }

        // On the front door list until decided, due by the end of Tuesday 16 June.
        IHtmlDocument list = await WebTestApp.GetPageAsync(mash, "/front-door");
        var row = list.QuerySelector($"#awaiting tr[data-contact='{contactId}']")!;
        Assert.Contains("Nia New", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("16 June 2026", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", row.TextContent, StringComparison.Ordinal);

        HttpClient manager = await app.ClientAsync(StaffRole.TeamManager, tia);
        string decisionUrl = (await WebTestApp.GetPageAsync(manager, childUrl)).QuerySelector("#awaiting-decision a[data-action='decide']")!.GetAttribute("href")!;
        Assert.Equal("/front-door/contacts/" + contactId.ToString(CultureInfo.InvariantCulture) + "/decision", decisionUrl);
        Assert.Equal("End of 16 June 2026 (one working day)", (await WebTestApp.GetPageAsync(manager, decisionUrl)).QuerySelector("#due-by")?.TextContent.Trim());

        using (HttpResponseMessage refused = await PostDecisionAsync(manager, decisionUrl, new()
        {
            ["brag"] = "Red",
            ["day"] = "14",
            ["month"] = "6",
            ["year"] = "2026",
            ["time"] = "10:00",
            ["outcome"] = "Referral",
            ["rationale"] = "Too short",
        }))
        {
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(
                [
                    "The decision must be on or after the contact came in (15 June 2026 at 09:15)",
                    "The rationale for the decision must be at least 20 characters",
                ],
                page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
            Assert.Equal("Too short", page.QuerySelector("#rationale")?.TextContent);
        }

        using (HttpResponseMessage decided = await PostDecisionAsync(manager, decisionUrl, new()
        {
            ["brag"] = "Red",
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["time"] = "11:40",
            ["outcome"] = "Referral",
            ["rationale"] = "Unexplained injury to the face of a seven-year-old: strategy discussion today.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        }

        await using (AppDbContext db = app.OpenContext())
        {
            Contact contact = await db.Contacts.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(((Brag?)Brag.Red, (DateTime?)new DateTime(2026, 6, 15, 11, 40, 0), (ContactOutcome?)ContactOutcome.Referral, (long?)tia, 1),
                (contact.BragFinal, contact.DecisionAt, contact.Outcome, contact.DecidedById, contact.RowVersion));
            CinEpisode referral = await db.CinEpisodes.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal((contact.ChildId, new DateOnly(2026, 6, 15), "2A", (long?)referral.Id), (referral.ChildId, referral.ReferralDate, referral.ReferralSource, contact.CinEpisodeId));
        }

        Assert.NotNull((await WebTestApp.GetPageAsync(mash, "/front-door")).QuerySelector("#none-awaiting"));
        IHtmlDocument chronology = await WebTestApp.GetPageAsync(manager, childUrl + "?type=contacts");
        Assert.Contains("Rationale: Unexplained injury to the face of a seven-year-old: strategy discussion today.", chronology.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Concern: School: Nia arrived with a bruise to her cheek.", chronology.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPeopleDecidingTheSameContact_TheSecondIsToldAndNothingOfTheirsIsSaved()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long max, long tia) = await InsertMashAsync(app);
        long contactId = await InsertContactAsync(app, max);
        app.StartWithoutDemo(signInAs: null);
        HttpClient first = await app.ClientAsync(StaffRole.MashWorker, max);
        HttpClient second = await app.ClientAsync(StaffRole.TeamManager, tia);
        string url = "/front-door/contacts/" + contactId.ToString(CultureInfo.InvariantCulture) + "/decision";
        IHtmlDocument firstForm = await WebTestApp.GetPageAsync(first, url);
        IHtmlDocument secondForm = await WebTestApp.GetPageAsync(second, url);
        Assert.Equal("0", secondForm.QuerySelector("input[name='version']")?.GetAttribute("value"));

        Dictionary<string, string> Decision(string outcome, string version) => new()
        {
            ["brag"] = "Green",
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["time"] = "11:00",
            ["outcome"] = outcome,
            ["rationale"] = "Universal services can meet the need: school nurse to follow up.",
            ["version"] = version,
        };
        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(first, url, url, Decision("NoFurtherAction", firstForm.QuerySelector("input[name='version']")!.GetAttribute("value")!)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(second, url, url, Decision("EarlyHelp", "0")))
        {
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(["A decision has already been recorded on this contact: nothing you entered was saved"],
                page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
            Assert.Equal("Universal services can meet the need: school nurse to follow up.", page.QuerySelector("#rationale")?.TextContent);
        }

        await using AppDbContext db = app.OpenContext();
        Contact contact = await db.Contacts.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((ContactOutcome?)ContactOutcome.NoFurtherAction, (long?)max), (contact.Outcome, contact.DecidedById));
        Assert.Equal(0, await db.EarlyHelpEpisodes.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ADecisionOnAContactChangedSinceTheFormOpened_IsRefusedWithTheConflictMessage(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        (long max, long tia) = await InsertMashAsync(app);
        long contactId = await InsertContactAsync(app, max);
        app.StartWithoutDemo(signInAs: null);
        HttpClient manager = await app.ClientAsync(StaffRole.TeamManager, tia);
        string url = "/front-door/contacts/" + contactId.ToString(CultureInfo.InvariantCulture) + "/decision";
        string version = (await WebTestApp.GetPageAsync(manager, url)).QuerySelector("input[name='version']")!.GetAttribute("value")!;
        Assert.Equal("0", version);
        await using (AppDbContext other = app.OpenContext())
        {
            // Someone corrects the first BRAG rating after the decision form was opened at version 0.
            Contact contact = await other.Contacts.SingleAsync(TestContext.Current.CancellationToken);
            contact.BragFirst = Brag.Red;
            await other.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(manager, url, url, new()
        {
            ["brag"] = "Red",
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["time"] = "11:00",
            ["outcome"] = "Referral",
            ["rationale"] = "Injury needs a section 47 strategy discussion.",
            ["version"] = version,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal([EditConflicts.Message], page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
            Assert.Equal("Injury needs a section 47 strategy discussion.", page.QuerySelector("#rationale")?.TextContent);
        }

        await using AppDbContext check = app.OpenContext();
        Assert.Null((await check.Contacts.SingleAsync(TestContext.Current.CancellationToken)).Outcome);
        Assert.Equal(0, await check.CinEpisodes.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheContactAndTheDecision_NameThePeopleWhoRecordedThem_InTheirStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long max, long tia) = await InsertMashAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient mash = app.NewClient();
        string recorder = await app.SignInAsync(mash, StaffRole.MashWorker, max);
        const string formUrl = "/front-door/contacts/new";
        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(mash, formUrl, formUrl, new()
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
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        long contactId;
        await using (AppDbContext db = app.OpenContext())
        {
            Contact contact = await db.Contacts.SingleAsync(TestContext.Current.CancellationToken);
            await RecordedBy.AssertAsync(db, recorder, contact);
            await RecordedBy.AssertAsync(db, recorder, await db.Children.SingleAsync(TestContext.Current.CancellationToken));
            contactId = contact.Id;
        }

        HttpClient manager = app.NewClient();
        string decider = await app.SignInAsync(manager, StaffRole.TeamManager, tia);
        using (HttpResponseMessage decided = await PostDecisionAsync(manager, "/front-door/contacts/" + contactId.ToString(CultureInfo.InvariantCulture) + "/decision", new()
        {
            ["brag"] = "Green",
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["time"] = "11:00",
            ["outcome"] = "EarlyHelp",
            ["rationale"] = "Family support worker to visit: the school will keep watch.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        }

        await using (AppDbContext db = app.OpenContext())
        {
            await RecordedBy.AssertAsync(db, decider, await db.Contacts.SingleAsync(TestContext.Current.CancellationToken));
            await RecordedBy.AssertAsync(db, decider, await db.EarlyHelpEpisodes.SingleAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task AReferral_IsRefusedWhileTheChildIsAlreadyOpen()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long max, _) = await InsertMashAsync(app);
        long contactId = await InsertContactAsync(app, max);
        await using (AppDbContext db = app.OpenContext())
        {
            long child = await db.Contacts.Select(c => c.ChildId).SingleAsync(TestContext.Current.CancellationToken);
            db.CinEpisodes.Add(new CinEpisode { ChildId = child, ReferralDate = new DateOnly(2026, 3, 2), ReferralSource = "5A" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using AppDbContext context = app.OpenContext();
        RecordingResult<Contact> result = await DecideContact.RunAsync(context, await ContextAsync(context, StaffRole.MashWorker, max),
            new DecideContactCommand(contactId, Brag.Red, new DateOnly(2026, 6, 15), new TimeOnly(11, 0), ContactOutcome.Referral, "Injury needs a section 47 strategy discussion.", 0),
            TestContext.Current.CancellationToken);

        Assert.Equal(RecordingOutcome.Invalid, result.Outcome);
        Assert.Equal(["The child is already open to children's social care (referral of 2 March 2026): pass the contact to the allocated worker and record no further action at the front door"],
            result.Problems.Select(p => p.Message));
    }

    private static async Task<HttpResponseMessage> PostDecisionAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        fields["version"] = (await WebTestApp.GetPageAsync(client, url)).QuerySelector("input[name='version']")!.GetAttribute("value")!;
        return await WebTestApp.PostFormAsync(client, url, url, fields);
    }

    private static async Task<(long Max, long Tia)> InsertMashAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var team = new Team { Name = "MASH", Kind = TeamKind.Mash, Service = new Service { Name = "Front door" } };
        var tia = new Worker { StaffNumber = "TIA", FirstName = "Tia", LastName = "Manager", Role = WorkerRole.TeamManager, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var max = new Worker { StaffNumber = "MAX", FirstName = "Max", LastName = "Mash", Role = WorkerRole.MashWorker, Team = team, Manager = tia, StartDate = new DateOnly(2020, 1, 1) };
        db.AddRange(team, tia, max);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (max.Id, tia.Id);
    }

    private static async Task<long> InsertContactAsync(WebTestApp app, long recorder)
    {
        await using AppDbContext db = app.OpenContext();
        RecordingResult<Contact> result = await RecordContact.RunAsync(db, await ContextAsync(db, StaffRole.MashWorker, recorder),
            new RecordContactCommand(null, "Ola", "Known", null, "U", new DateOnly(2026, 6, 15), new TimeOnly(8, 30), "1A", "Grandmother worried about neglect.", Brag.Green),
            TestContext.Current.CancellationToken);
        Assert.Empty(result.Problems);
        return result.Value!.Id;
    }

    /// <summary>The recording context of a worker at 12:00 on 15 June 2026, as the web would build it.</summary>
    private static async Task<RecordingContext> ContextAsync(AppDbContext db, StaffRole role, long worker)
    {
        var clock = new FixedTimeProvider(WebTestApp.Now);
        ChildScope scope = await ChildScope.ForAsync(db, new StaffUser(1, "Worker", role, worker), WebTestApp.Today, WebTestApp.Now.UtcDateTime, TestContext.Current.CancellationToken);
        return new RecordingContext(AuditContext.ForSystem("test"), scope, clock, StatutoryTimescales.Default, WorkingDayCalendar.EnglandAndWales());
    }
}

using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Children.PlanForms;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Recording how Zoe's section 47 enquiry (started Monday 1 June 2026) concluded, as at Monday 15 June: she has been on a
/// child in need plan since 10 May.
/// </summary>
public sealed class RecordSection47OutcomePageTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AConferenceDecidesAProtectionPlan_ItStartsThatDay_TheChildInNeedPlanEnds_AndASecondFormOpenedBeforeSavesNothing(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        Section47Enquiry? s47 = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            s47 = new Section47Enquiry { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 6, 1), InitialCpcTarget = new DateOnly(2026, 6, 22) };
            db.AddRange(s47, new CinPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 5, 10) });
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient ann1 = await app.ClientAsync(StaffRole.SocialWorker, ann);
        HttpClient ann2 = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = ChildUrl(zoe);
        string formUrl = (await WebTestApp.GetPageAsync(ann1, childUrl)).QuerySelector("a[data-action='s47-outcome']")!.GetAttribute("href")!;
        Assert.Equal(childUrl + "/section-47/" + s47!.Id.ToString(CultureInfo.InvariantCulture) + "/outcome", formUrl);
        // The second session opens the form now, and saves after the first.
        (string token2, string? version2) = await OpenAsync(ann2, formUrl);
        Assert.Equal("0", version2);

        IHtmlDocument refused = await RefusedAsync(ann1, formUrl, Date("13").With("conference", "held").With("outcome", "ChildProtectionPlan"));
        Assert.Equal(["An initial child protection conference is not held on a Saturday or Sunday: check the date", "Select the category of abuse"], Summary(refused));
        Assert.Equal("13", refused.QuerySelector("#date-day")?.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector("input[name='conference'][value='held'][checked]"));
        Assert.NotNull(refused.QuerySelector("input[name='outcome'][value='ChildProtectionPlan'][checked]"));
        Assert.NotNull(refused.QuerySelector("#category-error"));

        IHtmlDocument early = await RefusedAsync(ann1, formUrl, Date("29", "5").With("conference", "not-required").With("outcome", "ChildProtectionPlan").With("category", "NEG"));
        Assert.Equal(
            [
                "The date the enquiry concluded must be on or after the enquiry started (1 June 2026)",
                "A child protection plan is decided at an initial child protection conference: select that one was held, or another outcome",
            ],
            Summary(early));

        await SavedAsync(ann1, formUrl, Date("12").With("conference", "held").With("outcome", "ChildProtectionPlan").With("category", "NEG"));
        IHtmlDocument child = await WebTestApp.GetPageAsync(ann1, childUrl);
        Assert.Equal("Initial child protection conference on 12 June 2026 recorded: child protection plan (neglect) from 12 June 2026; the child in need plan ended that day.",
            child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Equal("Neglect (NEG)", child.QuerySelector("#cp-plan-category")?.TextContent.Trim());
        Assert.Null(child.QuerySelector("#cin-plan"));
        Assert.Null(child.QuerySelector("a[data-action='s47-outcome']"));
        string chronology = child.QuerySelector("#chronology-table")!.TextContent;
        Assert.Contains("Child protection plan started", chronology, StringComparison.Ordinal);
        Assert.Contains("Child in need plan ended", chronology, StringComparison.Ordinal);

        var theirs = Date("12").With("conference", "not-required").With("outcome", "NoFurtherAction");
        using (HttpResponseMessage late = await PostOpenedAsync(ann2, formUrl, token2, version2, theirs))
        {
            Assert.Equal(HttpStatusCode.OK, late.StatusCode);
            IHtmlDocument page = WebTestApp.Parse(await late.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal([EditConflicts.Message], Summary(page));
            Assert.NotNull(page.QuerySelector("input[name='conference'][value='not-required'][checked]"));
            Assert.NotNull(page.QuerySelector("input[name='outcome'][value='NoFurtherAction'][checked]"));
            Assert.Equal("12", page.QuerySelector("#date-day")?.GetAttribute("value"));
            Assert.Contains("Child protection plan", page.QuerySelector("#current")!.TextContent, StringComparison.Ordinal);
        }

        await using AppDbContext check = app.OpenContext();
        Section47Enquiry enquiry = await check.Section47Enquiries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((Section47Outcome?)Section47Outcome.ChildProtectionPlan, (DateOnly?)new DateOnly(2026, 6, 12), false),
            (enquiry.Outcome, enquiry.DateOfInitialCpc, enquiry.IcpcNotRequired));
        ChildProtectionPlan plan = await check.ChildProtectionPlans.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((new DateOnly(2026, 6, 12), (DateOnly?)null, "NEG", "NEG", (int?)0, enquiry.CinEpisodeId),
            (plan.StartDate, plan.EndDate, plan.InitialCategory, plan.LatestCategory, plan.NumberOfPreviousPlans, plan.CinEpisodeId));
        CinPlan cin = await check.CinPlans.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 12), "Child protection plan started"), (cin.EndDate, cin.EndReason));
    }

    [Fact]
    public async Task NoConferenceIsRequired_AndAChildInNeedPlanStartsTheDayTheEnquiryConcluded()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        Section47Enquiry? s47 = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            s47 = new Section47Enquiry { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 6, 1) };
            db.Add(s47);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string formUrl = ChildUrl(zoe) + "/section-47/" + s47!.Id.ToString(CultureInfo.InvariantCulture) + "/outcome";

        IHtmlDocument refused = await RefusedAsync(client, formUrl, new() { ["day"] = "", ["month"] = "", ["year"] = "" });
        Assert.Equal(["Select whether an initial child protection conference was held", "Enter the date of the initial child protection conference", "Select the outcome"], Summary(refused));

        await SavedAsync(client, formUrl, Date("10").With("conference", "not-required").With("outcome", "ChildInNeedPlan"));
        Assert.Equal("Outcome of the section 47 enquiry recorded: child in need plan from 10 June 2026.",
            (await WebTestApp.GetPageAsync(client, ChildUrl(zoe))).QuerySelector("#saved")?.TextContent.Trim());
        IHtmlDocument again = await WebTestApp.GetPageAsync(client, formUrl);
        Assert.NotNull(again.QuerySelector("#already"));
        Assert.Null(again.QuerySelector("form[action='" + formUrl + "']"));

        await using AppDbContext check = app.OpenContext();
        Section47Enquiry enquiry = await check.Section47Enquiries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((Section47Outcome?)Section47Outcome.ChildInNeedPlan, (DateOnly?)null, true), (enquiry.Outcome, enquiry.DateOfInitialCpc, enquiry.IcpcNotRequired));
        CinPlan cin = await check.CinPlans.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((new DateOnly(2026, 6, 10), (DateOnly?)null, enquiry.CinEpisodeId), (cin.StartDate, cin.EndDate, cin.CinEpisodeId));
        Assert.Empty(await check.ChildProtectionPlans.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheOutcome_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        Section47Enquiry? s47 = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            s47 = new Section47Enquiry { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 6, 1) };
            db.Add(s47);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);

        await SavedAsync(client, ChildUrl(zoe) + "/section-47/" + s47!.Id.ToString(CultureInfo.InvariantCulture) + "/outcome",
            Date("12").With("conference", "held").With("outcome", "ChildProtectionPlan").With("category", "NEG"));

        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.Section47Enquiries.SingleAsync(TestContext.Current.CancellationToken));
        await RecordedBy.AssertAsync(db, userName, await db.ChildProtectionPlans.SingleAsync(TestContext.Current.CancellationToken));
    }
}

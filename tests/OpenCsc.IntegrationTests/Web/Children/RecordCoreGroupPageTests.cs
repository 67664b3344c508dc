using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Children.PlanForms;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>Core group meetings of Zoe's child protection plan (neglect, from Friday 5 June 2026), as at Monday 15 June.</summary>
public sealed class RecordCoreGroupPageTests
{
    [Fact]
    public async Task TheWorkerRecordsACoreGroupOnOrAfterThePlanStarted_OneADay()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        ChildProtectionPlan? cp = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            cp = new ChildProtectionPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 6, 5), InitialCategory = "NEG", LatestCategory = "NEG" };
            db.Add(cp);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = ChildUrl(zoe);
        string formUrl = (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("a[data-action='core-group']")!.GetAttribute("href")!;
        Assert.Equal(childUrl + "/cp-plans/" + cp!.Id.ToString(CultureInfo.InvariantCulture) + "/core-groups/new", formUrl);

        IHtmlDocument before = await RefusedAsync(client, formUrl, Date("4"));
        Assert.Equal(["The date of the core group meeting must be on or after the plan started (5 June 2026)"], Summary(before));
        Assert.Equal("4", before.QuerySelector("#date-day")?.GetAttribute("value"));
        IHtmlDocument wrong = await RefusedAsync(client, formUrl, Date("31"));
        Assert.Equal(["The date of the core group meeting must be a real date, for example 27 3 2026"], Summary(wrong));
        Assert.Equal("31", wrong.QuerySelector("#date-day")?.GetAttribute("value"));

        await SavedAsync(client, formUrl, Date("11"));
        IHtmlDocument child = await WebTestApp.GetPageAsync(client, childUrl);
        Assert.Equal("Core group meeting on 11 June 2026 recorded.", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Contains("Core group meeting", child.QuerySelector("#chronology-table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["A core group meeting on 11 June 2026 is already recorded"], Summary(await RefusedAsync(client, formUrl, Date("11"))));

        await using AppDbContext check = app.OpenContext();
        CoreGroupMeeting meeting = await check.CoreGroupMeetings.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((cp.Id, new DateOnly(2026, 6, 11)), (meeting.ChildProtectionPlanId, meeting.Date));
    }

    [Fact]
    public async Task TheMeeting_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        ChildProtectionPlan? cp = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            cp = new ChildProtectionPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 6, 5), InitialCategory = "NEG", LatestCategory = "NEG" };
            db.Add(cp);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);

        await SavedAsync(client, ChildUrl(zoe) + "/cp-plans/" + cp!.Id.ToString(CultureInfo.InvariantCulture) + "/core-groups/new", Date("11"));

        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.CoreGroupMeetings.SingleAsync(TestContext.Current.CancellationToken));
    }
}

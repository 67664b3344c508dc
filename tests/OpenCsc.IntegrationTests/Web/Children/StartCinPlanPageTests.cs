using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Children.PlanForms;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Starting a child in need plan for Zoe, as at Monday 15 June 2026: her child protection plan (from 2 March) ended on
/// Monday 1 June.
/// </summary>
public sealed class StartCinPlanPageTests
{
    [Fact]
    public async Task ThePlanStartsOnItsEpisode_NotAlongsideAProtectionPlan_AndOneAtATime()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) => db.Add(new ChildProtectionPlan
        {
            CinEpisode = episode,
            Child = child,
            StartDate = new DateOnly(2026, 3, 2),
            EndDate = new DateOnly(2026, 6, 1),
            InitialCategory = "NEG",
            LatestCategory = "NEG",
            EndReason = "No longer at risk of significant harm",
        }));
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = ChildUrl(zoe);
        string formUrl = (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("#record-cin-plan")!.GetAttribute("href")!;
        Assert.Equal(childUrl + "/cin-plans/new", formUrl);

        IHtmlDocument during = await RefusedAsync(client, formUrl, Date("20", "5"));
        Assert.Equal(
            ["The child is on a child protection plan from 2 March 2026: a child in need plan cannot run alongside it. End the child protection plan first (stepping down to a child in need plan starts one the day it ends)"],
            Summary(during));
        Assert.Equal("20", during.QuerySelector("#start-day")?.GetAttribute("value"));
        IHtmlDocument beforeReferral = await RefusedAsync(client, formUrl, Date("30", "4"));
        Assert.Equal(["The child has no child in need episode open on that date: record the referral first"], Summary(beforeReferral));
        Assert.Equal(["Enter the date the plan started"], Summary(await RefusedAsync(client, formUrl, Date("", "", ""))));

        await SavedAsync(client, formUrl, Date("1"));
        IHtmlDocument child = await WebTestApp.GetPageAsync(client, childUrl);
        Assert.Equal("Child in need plan from 1 June 2026 recorded.", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.StartsWith("1 June 2026", child.QuerySelector("#cin-plan-since")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Child in need plan started", child.QuerySelector("#chronology-table")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(["The child already has a child in need plan, from 1 June 2026"], Summary(await RefusedAsync(client, formUrl, Date("10"))));
        await using AppDbContext check = app.OpenContext();
        CinPlan plan = await check.CinPlans.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((new DateOnly(2026, 6, 1), (DateOnly?)null, await check.CinEpisodes.Select(e => e.Id).SingleAsync(TestContext.Current.CancellationToken)),
            (plan.StartDate, plan.EndDate, plan.CinEpisodeId));
    }

    [Fact]
    public async Task ThePlan_NamesTheWorkerWhoStartedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long zoe, long ann) = await InsertZoeAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);

        await SavedAsync(client, ChildUrl(zoe) + "/cin-plans/new", Date("1"));

        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.CinPlans.SingleAsync(TestContext.Current.CancellationToken));
    }
}

using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Children.PlanForms;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Starting a section 47 enquiry as at Monday 15 June 2026: a strategy discussion on Monday 8 June decided on one, so
/// its initial conference is due 15 working days later, on Monday 29 June.
/// </summary>
public sealed class StartSection47PageTests
{
    [Fact]
    public async Task TheWorkerStartsTheEnquiryAfterTheStrategyDiscussion_ItsConferenceIsDue_AndASecondWaitsForItsOutcome()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        StrategyDiscussion? discussion = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            discussion = new StrategyDiscussion
            {
                CinEpisode = episode,
                Child = child,
                Date = new DateOnly(2026, 6, 8),
                CscTookPart = true,
                PoliceTookPart = true,
                HealthTookPart = true,
                Decision = StrategyDecision.Section47Enquiry,
                Rationale = "Bruising explained inconsistently.",
            };
            db.Add(discussion);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = ChildUrl(zoe);
        string formUrl = (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("#record-section-47")!.GetAttribute("href")!;
        Assert.Equal(childUrl + "/section-47/new", formUrl);
        string discussionId = discussion!.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(discussionId, (await WebTestApp.GetPageAsync(client, formUrl)).QuerySelector("input[name='strategy'][checked]")?.GetAttribute("value"));

        IHtmlDocument future = await RefusedAsync(client, formUrl, Date("16").With("strategy", ""));
        Assert.Equal(["The date the enquiry started must be today or in the past", "Select the strategy discussion that decided on the enquiry"], Summary(future));
        Assert.Equal("16", future.QuerySelector("#start-day")?.GetAttribute("value"));
        Assert.Equal("The date the enquiry started must be today or in the past", future.QuerySelector("#start-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());

        IHtmlDocument early = await RefusedAsync(client, formUrl, Date("5").With("strategy", discussionId));
        Assert.Equal(["The date the enquiry started must be on or after the strategy discussion that decided on it (8 June 2026)"], Summary(early));
        Assert.Equal("5", early.QuerySelector("#start-day")?.GetAttribute("value"));
        Assert.NotNull(early.QuerySelector($"input[name='strategy'][value='{discussionId}'][checked]"));

        await SavedAsync(client, formUrl, Date("9").With("strategy", discussionId));
        IHtmlDocument child = await WebTestApp.GetPageAsync(client, childUrl);
        Assert.Equal("Section 47 enquiry from 9 June 2026 recorded: the initial child protection conference is due by 29 June 2026.", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Contains("Section 47 enquiry started", child.QuerySelector("#chronology-table")!.TextContent, StringComparison.Ordinal);
        await using (AppDbContext check = app.OpenContext())
        {
            Section47Enquiry enquiry = await check.Section47Enquiries.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal((new DateOnly(2026, 6, 9), (long?)discussion.Id, (DateOnly?)new DateOnly(2026, 6, 29), (Section47Outcome?)null),
                (enquiry.StartDate, enquiry.StrategyDiscussionId, enquiry.InitialCpcTarget, enquiry.Outcome));
            Assert.Equal(childUrl + "/section-47/" + enquiry.Id.ToString(CultureInfo.InvariantCulture) + "/outcome",
                child.QuerySelector("a[data-action='s47-outcome']")?.GetAttribute("href"));
        }

        // The discussion has its enquiry now; a second enquiry waits for the first one's outcome.
        Assert.NotNull((await WebTestApp.GetPageAsync(client, formUrl)).QuerySelector("#no-discussion"));
        IHtmlDocument second = await RefusedAsync(client, formUrl, Date("12"));
        Assert.Equal(["The child has a section 47 enquiry from 9 June 2026 with no outcome recorded: record its outcome before starting another"], Summary(second));
        await using AppDbContext after = app.OpenContext();
        Assert.Equal(1, await after.Section47Enquiries.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheEnquiry_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (long zoe, long ann) = await InsertZoeAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);

        await SavedAsync(client, ChildUrl(zoe) + "/section-47/new", Date("9"));

        await using AppDbContext db = app.OpenContext();
        Section47Enquiry enquiry = await db.Section47Enquiries.SingleAsync(TestContext.Current.CancellationToken);
        // No strategy discussion: the conference is due 15 working days after Tuesday 9 June.
        Assert.Equal((DateOnly?)new DateOnly(2026, 6, 30), enquiry.InitialCpcTarget);
        await RecordedBy.AssertAsync(db, userName, enquiry);
    }
}

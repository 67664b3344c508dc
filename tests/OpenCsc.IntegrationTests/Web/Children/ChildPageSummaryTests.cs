using System.Globalization;
using AngleSharp.Html.Dom;
using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// The top of a child's page as at Monday 15 June 2026: the open plan and what is due for the child on the trackers.
/// Amy is on a CP plan (neglect) since 5 January 2026, last seen on Friday 1 May: her CP visit was due on Monday 18
/// May (10 working days, 4 May a bank holiday), 28 calendar days ago. Lou has been looked after since 1 March 2025 on
/// a full care order, in long-term family and friends foster care since 1 September 2025. Nia has nothing open.
/// </summary>
public sealed class ChildPageSummaryTests
{
    [Fact]
    public async Task TheChildsPage_ShowsTheOpenPlanAndWhatIsDue()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long amy, lou, nia;
        await using (AppDbContext db = app.OpenContext())
        {
            var service = new Service { Name = "Children's services" };
            var team = new Team { Name = "Team A", Kind = TeamKind.ChildProtection, Service = service };
            var ann = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1), IsCaseHolding = true };
            var amyChild = new Child { LaChildId = "AMY", FirstName = "Amy", LastName = "Over", Sex = "F", DateOfBirth = new DateOnly(2016, 3, 1) };
            var louChild = new Child { LaChildId = "LOU", FirstName = "Lou", LastName = "Care", Sex = "M", DateOfBirth = new DateOnly(2012, 3, 1) };
            var niaChild = new Child { LaChildId = "NIA", FirstName = "Nia", LastName = "None", Sex = "F", DateOfBirth = new DateOnly(2012, 3, 1) };
            var episode = new CinEpisode { Child = amyChild, ReferralDate = new DateOnly(2025, 12, 1), ReferralSource = "1A" };
            var care = new PeriodOfCare { Child = louChild, StartDate = new DateOnly(2025, 3, 1) };
            db.AddRange(service, team, ann, amyChild, louChild, niaChild, episode, care,
                new ChildProtectionPlan { CinEpisode = episode, Child = amyChild, StartDate = new DateOnly(2026, 1, 5), InitialCategory = "PHY", LatestCategory = "NEG" },
                new Visit { Child = amyChild, Kind = VisitKind.ChildProtection, VisitDate = new DateOnly(2026, 5, 1), RecordedAt = new DateTime(2026, 5, 1, 16, 0, 0), ChildSeen = true },
                new CareEpisode { PeriodOfCare = care, Child = louChild, StartDate = new DateOnly(2025, 3, 1), EndDate = new DateOnly(2025, 9, 1), ReasonForNewEpisode = "S", LegalStatus = "C2", CategoryOfNeed = "N1", PlacementType = "U4" },
                new CareEpisode { PeriodOfCare = care, Child = louChild, StartDate = new DateOnly(2025, 9, 1), ReasonForNewEpisode = "P", LegalStatus = "C2", CategoryOfNeed = "N1", PlacementType = "U1" },
                new Allocation { Child = amyChild, Team = team, Worker = ann, StartDate = new DateOnly(2026, 1, 5) },
                new Allocation { Child = louChild, Team = team, Worker = ann, StartDate = new DateOnly(2025, 3, 1) },
                new Allocation { Child = niaChild, Team = team, Worker = ann, StartDate = new DateOnly(2025, 3, 1) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            (amy, lou, nia) = (amyChild.Id, louChild.Id, niaChild.Id);
        }

        app.StartWithoutDemo(signInAs: null);
        HttpClient analyst = await app.ClientAsync(StaffRole.PerformanceAnalyst);
        static string Url(long id) => "/children/" + id.ToString(CultureInfo.InvariantCulture);
        static string? Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim();

        IHtmlDocument amyPage = await WebTestApp.GetPageAsync(analyst, Url(amy));
        Assert.Equal("Child protection plan", Text(amyPage, "#cp-plan"));
        Assert.Equal("5 January 2026 (5 months)", Text(amyPage, "#cp-plan-since"));
        Assert.Equal("Neglect (NEG)", Text(amyPage, "#cp-plan-category"));
        Assert.Null(amyPage.QuerySelector("#cin-plan"));
        var due = amyPage.QuerySelectorAll("#due-table tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => string.Join(" ", c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))).ToArray();
        Assert.Equal(["CP visit | 18 May 2026 | Overdue 28 days overdue"], due);

        IHtmlDocument louPage = await WebTestApp.GetPageAsync(analyst, Url(lou));
        Assert.Equal("1 March 2025 (15 months)", Text(louPage, "#looked-after-since"));
        Assert.Equal("Full care order (C2)", Text(louPage, "#legal-status"));
        Assert.Equal("Foster placement with relative or friend: long-term fostering (U1)", Text(louPage, "#placement"));
        Assert.Null(louPage.QuerySelector("#cp-plan"));

        IHtmlDocument niaPage = await WebTestApp.GetPageAsync(analyst, Url(nia));
        Assert.Equal("No plan or looked-after status is open today.", Text(niaPage, "#no-plan"));
        Assert.Equal("Nothing is due on the trackers.", Text(niaPage, "#nothing-due"));
    }

    [Theory]
    [InlineData(0, "0 days")]
    [InlineData(1, "1 day")]
    [InlineData(13, "13 days")]
    [InlineData(14, "2 weeks")]
    [InlineData(91, "13 weeks")]
    public void Duration_ShortPlansInDaysThenWeeks(int days, string expected) =>
        Assert.Equal(expected, OpenCsc.Web.Pages.Children.CurrentPlans.Duration(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1).AddDays(days)));

    [Theory]
    [InlineData("2025-10-31", "2026-05-01", "6 months")]
    [InlineData("2025-10-31", "2026-04-30", "5 months")]
    [InlineData("2024-02-29", "2026-02-28", "23 months")]
    [InlineData("2024-02-29", "2026-03-01", "24 months")]
    public void Duration_LongerPlansInWholeMonths(string start, string today, string expected) =>
        Assert.Equal(expected, OpenCsc.Web.Pages.Children.CurrentPlans.Duration(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(today, CultureInfo.InvariantCulture)));
}

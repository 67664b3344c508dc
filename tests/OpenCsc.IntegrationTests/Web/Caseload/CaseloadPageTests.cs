using System.Globalization;
using AngleSharp.Html.Dom;
using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Visits;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Caseload;

/// <summary>
/// Caseloads as at Monday 15 June 2026. Ann (Team A) holds Nia (open, nothing due) and Amy (CP plan, CP visit due 18
/// May: overdue); Bob (Team B) holds Zed. Tess manages Team A.
/// </summary>
public sealed class CaseloadPageTests
{
    [Fact]
    public async Task AWorkerSeesTheirCaseloadMostUrgentFirst_WithRecordAVisitBesideEachChild_AndAManagerTheirTeams()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long ann, bob, tess, amy;
        await using (AppDbContext db = app.OpenContext())
        {
            var service = new Service { Name = "Children's services" };
            var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildProtection, Service = service };
            var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = service };
            Worker W(string first, WorkerRole role, Team team) => new() { StaffNumber = first.ToUpperInvariant(), FirstName = first, LastName = "Worker", Role = role, Team = team, StartDate = new DateOnly(2020, 1, 1), IsCaseHolding = role == WorkerRole.SocialWorker };
            Worker annW = W("Ann", WorkerRole.SocialWorker, teamA), bobW = W("Bob", WorkerRole.SocialWorker, teamB), tessW = W("Tess", WorkerRole.TeamManager, teamA);
            var amyC = new Child { LaChildId = "AMY", FirstName = "Amy", LastName = "Over", DateOfBirth = new DateOnly(2016, 3, 1) };
            var niaC = new Child { LaChildId = "NIA", FirstName = "Nia", LastName = "Open", DateOfBirth = new DateOnly(2012, 6, 16) };
            var zedC = new Child { LaChildId = "ZED", FirstName = "Zed", LastName = "Elsewhere", DateOfBirth = new DateOnly(2012, 3, 1) };
            var episode = new CinEpisode { Child = amyC, ReferralDate = new DateOnly(2025, 12, 1), ReferralSource = "1A" };
            db.AddRange(service, teamA, teamB, annW, bobW, tessW, amyC, niaC, zedC, episode,
                new ChildProtectionPlan { CinEpisode = episode, Child = amyC, StartDate = new DateOnly(2026, 1, 5), InitialCategory = "NEG", LatestCategory = "NEG" },
                new Visit { Child = amyC, Kind = VisitKind.ChildProtection, VisitDate = new DateOnly(2026, 5, 1), RecordedAt = new DateTime(2026, 5, 1, 16, 0, 0), ChildSeen = true },
                new Allocation { Child = amyC, Team = teamA, Worker = annW, StartDate = new DateOnly(2026, 1, 5) },
                new Allocation { Child = niaC, Team = teamA, Worker = annW, StartDate = new DateOnly(2026, 6, 1) },
                new Allocation { Child = zedC, Team = teamB, Worker = bobW, StartDate = new DateOnly(2026, 1, 5) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            (ann, bob, tess, amy) = (annW.Id, bobW.Id, tessW.Id, amyC.Id);
        }

        app.StartWithoutDemo(signInAs: null);
        static string[] Rows(IHtmlDocument page) => [.. page.QuerySelectorAll("#caseload tbody tr").Select(r =>
            string.Join(" | ", r.Children.Take(4).Select(c => string.Join(" ", c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))))];

        HttpClient annClient = await app.ClientAsync(StaffRole.SocialWorker, ann);
        IHtmlDocument mine = await WebTestApp.GetPageAsync(annClient, "/caseload");
        Assert.Equal("My caseload", mine.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(
            [
                "Amy Over AMY, aged 10 | Child protection plan | 5 January 2026 | CP visit due 18 May 2026 Overdue",
                "Nia Open NIA, aged 13 | Open case | 1 June 2026 | Nothing due",
            ],
            Rows(mine));
        Assert.Equal("2 children allocated on 15 June 2026; 1 with something overdue. Most urgent first.", mine.QuerySelector("#caseload-summary")?.TextContent.Trim());
        Assert.Equal("/children/" + amy.ToString(CultureInfo.InvariantCulture) + "/visits/new",
            mine.QuerySelector("tr[data-child='AMY'] a[data-action='record-visit']")?.GetAttribute("href"));

        HttpClient tessClient = await app.ClientAsync(StaffRole.TeamManager, tess);
        Assert.Equal("No children are allocated to you today.", (await WebTestApp.GetPageAsync(tessClient, "/caseload")).QuerySelector("#no-children")?.TextContent.Trim());
        IHtmlDocument anns = await WebTestApp.GetPageAsync(tessClient, "/caseload?worker=" + ann.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("Caseload of Ann Worker", anns.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(2, Rows(anns).Length);
        // Bob is not in Tess's team: she gets her own caseload, not his.
        IHtmlDocument bobs = await WebTestApp.GetPageAsync(tessClient, "/caseload?worker=" + bob.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("My caseload", bobs.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain("Zed", bobs.Body!.TextContent, StringComparison.Ordinal);

        HttpClient unlinked = await app.ClientAsync(StaffRole.SocialWorker);
        Assert.NotNull((await WebTestApp.GetPageAsync(unlinked, "/caseload")).QuerySelector("#no-worker"));
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Visits;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Trackers;

/// <summary>
/// The tracker pages as at Monday 15 June 2026. Four children due visits: Cy Over (CIN, last seen 1 April, due 13 May,
/// team B unallocated), Amy Over (CP, last seen Friday 1 May, due Monday 18 May: 4 May a bank holiday), Cal Soon (CIN,
/// seen 5 May, due 16 June, Bob in team B) and Lee Late (CP, seen Wednesday 10 June but recorded on 14 June: due
/// Wednesday 24 June, 7 working days away; without that visit, his last on 15 May, he would be overdue since 1 June).
/// </summary>
public sealed class TrackerPagesTests
{
    [Fact]
    public async Task Index_ListsEveryTracker_WithCountsOverdueAndDueSoon_ForTheAuthorityOrATeam()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        Borough b = await Borough.InsertAsync(app);
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/trackers");
        IHtmlDocument teamA = await WebTestApp.GetPageAsync(client, "/trackers?team=" + b.TeamA);

        Assert.Equal("true", page.QuerySelector("nav a[href='/trackers']")?.GetAttribute("aria-current"));
        Assert.Equal("Trackers", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(
            ["visits", "assessments", "icpc", "reviews", "health", "rhi"],
            page.QuerySelectorAll("tbody tr").Select(r => r.Id!["tracker-".Length..]));
        Assert.Equal(("2", "1", "4"), Counts(page, "visits"));
        Assert.Equal(("0", "0", "0"), Counts(page, "rhi"));
        Assert.Equal(("1", "0", "2"), Counts(teamA, "visits"));
        Assert.Equal("/trackers/visits?team=" + b.TeamA, teamA.QuerySelector("#tracker-visits a")?.GetAttribute("href"));
        Assert.NotNull(teamA.QuerySelector($"form[method='get'][action='/trackers'] select#team option[value='{b.TeamA}'][selected]"));
    }

    [Fact]
    public async Task TrackerPage_ListsTheMostUrgentFirst_WithStateTags_AndLinksToEachChild()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        Borough b = await Borough.InsertAsync(app);
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/trackers/visits");

        Assert.Equal("Visits", page.QuerySelector("h1")?.TextContent.Trim());
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["CYOVER", "AMYOVER", "CALSOON", "LEELATE"], rows.Select(r => r.GetAttribute("data-child")));
        Assert.Equal(["Overdue", "Overdue", "Due soon", "Not yet due"], rows.Select(r => Field(r, "state .govuk-tag")));
        Assert.Equal(["govuk-tag govuk-tag--red", "govuk-tag govuk-tag--red", "govuk-tag govuk-tag--yellow", "govuk-tag govuk-tag--grey"],
            rows.Select(r => r.QuerySelector(".govuk-tag")?.ClassName));
        Assert.Equal(["33 days overdue", "28 days overdue", "", ""], rows.Select(r => r.QuerySelector(".app-tracker__overdue")?.TextContent.Trim() ?? ""));
        Assert.Equal(["13 May 2026", "18 May 2026", "16 June 2026", "24 June 2026"], rows.Select(r => Field(r, "due")));
        Assert.Equal(["CIN visit", "CP visit", "CIN visit", "CP visit"], rows.Select(r => Field(r, "kind")));
        Assert.Equal(["Not allocated", "Ann Worker", "Bob Worker", "Ann Worker"], rows.Select(r => Field(r, "worker")));
        Assert.Equal(["Team B", "Team A", "Team B", "Team A"], rows.Select(r => Field(r, "team")));
        Assert.Equal(["Not recorded", "Mia Manager", "Not recorded", "Mia Manager"], rows.Select(r => Field(r, "manager")));
        Assert.Equal("/children/" + b.Children["AMYOVER"], rows[1].QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Amy Over", rows[1].QuerySelector("a")?.TextContent.Trim());
        Assert.Equal(("2", "1", "1"), (Text(page, "#count-overdue"), Text(page, "#count-due-soon"), Text(page, "#count-future")));
        // The Content-Security-Policy forbids inline script and style.
        Assert.All(page.Scripts, script => Assert.False(string.IsNullOrEmpty(script.Source)));
        Assert.Empty(page.QuerySelectorAll("[style], style"));
    }

    [Fact]
    public async Task AVisitRecordedLateButMadeInTime_IsNotShownAsOverdue()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await Borough.InsertAsync(app);
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/trackers/visits");

        IElement lee = page.QuerySelector("tbody tr[data-child='LEELATE']")!;
        Assert.Equal("Not yet due", Field(lee, "state .govuk-tag"));
        Assert.Equal("24 June 2026", Field(lee, "due"));
        Assert.Contains("Last seen 10 June 2026", lee.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_ByTeamAndWorker_AreAGetForm_KeptInTheCsvLinkAndTheWorkerChoices()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        Borough b = await Borough.InsertAsync(app);
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument all = await WebTestApp.GetPageAsync(client, "/trackers/visits");
        IHtmlDocument teamA = await WebTestApp.GetPageAsync(client, "/trackers/visits?team=" + b.TeamA);
        IHtmlDocument teamB = await WebTestApp.GetPageAsync(client, "/trackers/visits?team=" + b.TeamB);
        IHtmlDocument bob = await WebTestApp.GetPageAsync(client, "/trackers/visits?worker=" + b.Bob);

        Assert.NotNull(all.QuerySelector("form[method='get'][action='/trackers/visits'] select#team[name='team']"));
        Assert.NotNull(all.QuerySelector("form[method='get'][action='/trackers/visits'] select#worker[name='worker']"));
        Assert.Equal(["Ann Worker", "Bob Worker"], all.QuerySelectorAll("#worker option[value]:not([value=''])").Select(o => o.TextContent.Trim()));
        Assert.Equal(["AMYOVER", "LEELATE"], teamA.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-child")));
        Assert.NotNull(teamA.QuerySelector($"#team option[value='{b.TeamA}'][selected]"));
        Assert.Equal($"/trackers/visits?handler=csv&team={b.TeamA}", teamA.QuerySelector("#download-csv")?.GetAttribute("href"));
        Assert.Equal(["Bob Worker"], teamB.QuerySelectorAll("#worker option[value]:not([value=''])").Select(o => o.TextContent.Trim()));
        Assert.Equal(["CALSOON"], bob.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-child")));
        Assert.NotNull(bob.QuerySelector($"#worker option[value='{b.Bob}'][selected]"));
        Assert.NotNull(bob.QuerySelector("a[href='/trackers/visits']"));
    }

    [Fact]
    public async Task DownloadAsCsv_IsTheFilteredList_InTheSameOrder()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        Borough b = await Borough.InsertAsync(app);
        HttpClient client = app.StartWithoutDemo();
        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/trackers/visits?team=" + b.TeamA);

        using HttpResponseMessage response = await client.GetAsync(page.QuerySelector("#download-csv")!.GetAttribute("href"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("visits-2026-06-15.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.Equal(
            "kind,child_id,la_child_id,child_name,worker,team,team_manager,since_event,since,due,state,days_overdue\r\n"
            + $"CP visit,{b.Children["AMYOVER"]},AMYOVER,Amy Over,Ann Worker,Team A,Mia Manager,Last seen,2026-05-01,2026-05-18,Overdue,28\r\n"
            + $"CP visit,{b.Children["LEELATE"]},LEELATE,Lee Late,Ann Worker,Team A,Mia Manager,Last seen,2026-06-10,2026-06-24,Future,0\r\n",
            Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public async Task ALongList_IsShown50ToAPage()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await using (AppDbContext db = app.OpenContext())
        {
            for (int i = 1; i <= 55; i++)
            {
                var child = new Child { LaChildId = $"P{i:00}", FirstName = "Paged", LastName = $"Child{i:00}", Sex = "F" };
                var episode = new CinEpisode { Child = child, ReferralDate = new DateOnly(2026, 5, 1), ReferralSource = "1A" };
                db.AddRange(child, episode, new CinPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 6, 8) });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument first = await WebTestApp.GetPageAsync(client, "/trackers/visits");
        IHtmlDocument second = await WebTestApp.GetPageAsync(client, first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!);

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("P01", first.QuerySelector("tbody tr")?.GetAttribute("data-child"));
        Assert.Equal(["P51", "P52", "P53", "P54", "P55"], second.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-child")));
        Assert.Contains("Page 2 of 2", Text(second, "caption"), StringComparison.Ordinal);
        Assert.Equal("55", Text(second, "#count-future"));
    }

    [Fact]
    public async Task AnUnknownTracker_IsNotFound()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();

        using HttpResponseMessage page = await client.GetAsync("/trackers/plans", TestContext.Current.CancellationToken);
        using HttpResponseMessage csv = await client.GetAsync("/trackers/plans?handler=csv", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, csv.StatusCode));
    }

    private static (string, string, string) Counts(IHtmlDocument page, string slug) =>
        (Text(page, $"#tracker-{slug} [data-count='overdue']"), Text(page, $"#tracker-{slug} [data-count='due-soon']"), Text(page, $"#tracker-{slug} [data-count='open']"));

    private static string Text(IParentNode node, string selector) => node.QuerySelector(selector)?.TextContent.Trim() ?? "";

    private static string Field(IElement row, string field) =>
        Text(row, field.Contains(' ', StringComparison.Ordinal) ? $"[data-field='{field.Split(' ')[0]}'] {field.Split(' ', 2)[1]}" : $"[data-field='{field}']");

    [Fact]
    public async Task AsAtAnEarlierDate_ShowsWhatWasDueThen_AndKeepsTheDateInTheLinks()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await Borough.InsertAsync(app);
        HttpClient client = app.StartWithoutDemo();

        // As at Monday 11 May 2026: Cy Over (due 13 May) and Amy Over (due Monday 18 May, the 5th working day) are due
        // soon, not overdue; Lee Late's visits of 15 May and 10 June had not happened, so he was overdue from his plan.
        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/trackers/visits?asOf=2026-05-11");
        IHtmlDocument index = await WebTestApp.GetPageAsync(client, "/trackers?asOf=2026-05-11");

        Assert.Equal("As at 11 May 2026", page.QuerySelector(".govuk-caption-l")?.TextContent.Trim());
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["LEELATE", "CYOVER", "AMYOVER", "CALSOON"], rows.Select(r => r.GetAttribute("data-child")));
        Assert.Equal(["Overdue", "Due soon", "Due soon", "Not yet due"], rows.Select(r => Field(r, "state .govuk-tag")));
        Assert.Equal(["13 May 2026", "18 May 2026", "16 June 2026"], rows.Skip(1).Select(r => Field(r, "due")));
        Assert.Equal("2026-05-11", page.QuerySelector("input#asOf")?.GetAttribute("value"));
        Assert.Equal("/trackers/visits?handler=csv&asOf=2026-05-11", page.QuerySelector("#download-csv")?.GetAttribute("href"));
        Assert.Equal("/trackers/visits?asOf=2026-05-11", index.QuerySelector("#tracker-visits a")?.GetAttribute("href"));
        Assert.Equal(("1", "2", "4"), Counts(index, "visits"));
        using HttpResponseMessage csv = await client.GetAsync("/trackers/visits?handler=csv&asOf=2026-05-11", TestContext.Current.CancellationToken);
        Assert.Equal("visits-2026-05-11.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task AnAsAtDateThatIsNotADate_IsExplained_AndTodayIsShown()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await Borough.InsertAsync(app);
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/trackers/visits?asOf=2026-02-30");

        Assert.Equal("Error: Enter the date as a real date, for example 2026-06-15", page.QuerySelector("#asOf-error")?.TextContent.Trim());
        Assert.Equal("As at 15 June 2026", page.QuerySelector(".govuk-caption-l")?.TextContent.Trim());
        Assert.Equal(4, page.QuerySelectorAll("tbody tr").Length);
    }

    private sealed class Borough
    {
        public string TeamA { get; private set; } = "";

        public string TeamB { get; private set; } = "";

        public string Bob { get; private set; } = "";

        public Dictionary<string, string> Children { get; } = [];

        public static async Task<Borough> InsertAsync(WebTestApp app)
        {
            await using AppDbContext db = app.OpenContext();
            var service = new Service { Name = "Children's services" };
            var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildProtection, Service = service };
            var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = service };
            var mia = Staff("Mia", "Manager", WorkerRole.TeamManager, teamA, caseHolding: false);
            var ann = Staff("Ann", "Worker", WorkerRole.SocialWorker, teamA, caseHolding: true);
            var bob = Staff("Bob", "Worker", WorkerRole.SocialWorker, teamB, caseHolding: true);
            db.AddRange(service, teamA, teamB, mia, ann, bob);

            var cyOver = Child(db, "CYOVER", "Cy", "Over");
            Cin(db, cyOver);
            Visit(db, cyOver, VisitKind.ChildInNeed, new DateOnly(2026, 4, 1));
            Allocate(db, cyOver, teamB, null);

            var amyOver = Child(db, "AMYOVER", "Amy", "Over");
            Cp(db, amyOver);
            Visit(db, amyOver, VisitKind.ChildProtection, new DateOnly(2026, 5, 1));
            Allocate(db, amyOver, teamA, ann);

            var calSoon = Child(db, "CALSOON", "Cal", "Soon");
            Cin(db, calSoon);
            Visit(db, calSoon, VisitKind.ChildInNeed, new DateOnly(2026, 5, 5));
            Allocate(db, calSoon, teamB, bob);

            var leeLate = Child(db, "LEELATE", "Lee", "Late");
            Cp(db, leeLate);
            Visit(db, leeLate, VisitKind.ChildProtection, new DateOnly(2026, 5, 15));
            Visit(db, leeLate, VisitKind.ChildProtection, new DateOnly(2026, 6, 10), recorded: new DateOnly(2026, 6, 14));
            Allocate(db, leeLate, teamA, ann);

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var borough = new Borough { TeamA = Id(teamA.Id), TeamB = Id(teamB.Id), Bob = Id(bob.Id) };
            foreach (Child child in new[] { cyOver, amyOver, calSoon, leeLate })
            {
                borough.Children[child.LaChildId] = Id(child.Id);
            }

            return borough;
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

        private static Worker Staff(string first, string last, WorkerRole role, Team team, bool caseHolding) => new()
        {
            StaffNumber = first.ToUpperInvariant(),
            FirstName = first,
            LastName = last,
            Role = role,
            Team = team,
            StartDate = new DateOnly(2020, 1, 1),
            IsCaseHolding = caseHolding,
        };

        private static Child Child(AppDbContext db, string id, string first, string last)
        {
            var child = new Child { LaChildId = id, FirstName = first, LastName = last, Sex = "M", DateOfBirth = new DateOnly(2016, 3, 1) };
            db.Children.Add(child);
            return child;
        }

        private static void Cin(AppDbContext db, Child child)
        {
            var episode = new CinEpisode { Child = child, ReferralDate = new DateOnly(2025, 12, 1), ReferralSource = "1A" };
            db.AddRange(episode, new CinPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 1, 5) });
        }

        private static void Cp(AppDbContext db, Child child)
        {
            var episode = new CinEpisode { Child = child, ReferralDate = new DateOnly(2025, 12, 1), ReferralSource = "1A" };
            db.AddRange(episode, new ChildProtectionPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 1, 5), InitialCategory = "NEG", LatestCategory = "NEG" });
        }

        private static void Visit(AppDbContext db, Child child, VisitKind kind, DateOnly date, DateOnly? recorded = null) =>
            db.Visits.Add(new Visit { Child = child, Kind = kind, VisitDate = date, RecordedAt = (recorded ?? date).ToDateTime(new TimeOnly(16, 0)), ChildSeen = true });

        private static void Allocate(AppDbContext db, Child child, Team team, Worker? worker) =>
            db.Allocations.Add(new Allocation { Child = child, Team = team, Worker = worker, StartDate = new DateOnly(2026, 1, 5) });
    }
}

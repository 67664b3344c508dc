using OpenCsc.IntegrationTests.Indicators;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Trackers;
using OpenCsc.Visits;
using OpenCsc.Workforce;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Trackers;

public sealed class VisitsDueTests(PostgresServer postgres)
{
    // Friday 22 May 2026; Monday 25 May is a bank holiday.
    private static readonly DateOnly AsOf = D(2026, 5, 22);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task EveryChildDueAVisit_WithItsDueDateAndState_MostUrgentFirst(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var (teamA, ann) = j.TeamWithWorker("Team A", "Ann");
        var (teamB, bob) = j.TeamWithWorker("Team B", "Bob");
        Build(j, teamA, ann, teamB, bob);

        TrackerList list = await j.TrackAsync(new VisitsDue(), AsOf);

        Assert.Equal(
        [
            // CIN, last seen 2 March: due 13 April, 39 days ago.
            "CINOVER|CIN visit|2026-04-13|Overdue|39",
            // Care leaver, last seen 20 March: due 8 weeks later, 15 May.
            "LEAVER|Care leaver visit|2026-05-15|Overdue|7",
            // CP, last seen Friday 1 May: 10 working days on (4 May a bank holiday) is Monday 18 May.
            "CPLATE|CP visit|2026-05-18|Overdue|4",
            // Placed on 20 May: the first visit is due within 7 days, 2 working days from now.
            "CLANEW|CLA visit|2026-05-27|DueSoon|0",
            // CP, seen 14 May (recorded a week late): 10 working days on, past the bank holiday, is Friday 29 May.
            "CPSOON|CP visit|2026-05-29|DueSoon|0",
            // CIN, seen 20 April: due 1 June, 5 working days away; seen 21 April: due 2 June, 6 away.
            "CINSOON|CIN visit|2026-06-01|DueSoon|0",
            "CINLATER|CIN visit|2026-06-02|Future|0",
        ], list.Lines());
        Assert.Equal((3, 3, 1), (list.Overdue, list.DueSoon, list.Future));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ShowsWhoHoldsTheCase_OnTheDay_WithTheTeamManagerInPost(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var (teamA, ann) = j.TeamWithWorker("Team A", "Ann");
        var (teamB, bob) = j.TeamWithWorker("Team B", "Bob");
        Build(j, teamA, ann, teamB, bob);

        TrackerList list = await j.TrackAsync(new VisitsDue(), AsOf);

        // CPLATE moved from Bob in team B to Ann in team A on 1 May; Mia manages team A now (Old left in 2024).
        TrackerItem cpLate = list.Items.Single(i => i.LaChildId == "CPLATE");
        Assert.Equal(("Ann Worker", "Team A", "Mia Manager"), (cpLate.WorkerName, cpLate.TeamName, cpLate.ManagerName));
        Assert.Equal(("Last seen", D(2026, 5, 1)), (cpLate.SinceEvent, cpLate.Since));
        // Team B has no manager in post: Bob's own manager is shown. CINOVER sits with team B unallocated.
        TrackerItem cinSoon = list.Items.Single(i => i.LaChildId == "CINSOON");
        Assert.Equal(("Bob Worker", "Team B", "Gone Manager"), (cinSoon.WorkerName, cinSoon.TeamName, cinSoon.ManagerName));
        TrackerItem cinOver = list.Items.Single(i => i.LaChildId == "CINOVER");
        Assert.Equal(((string?)null, "Team B", (string?)null), (cinOver.WorkerName, cinOver.TeamName, cinOver.ManagerName));
        TrackerItem claNew = list.Items.Single(i => i.LaChildId == "CLANEW");
        Assert.Equal(("Placed", D(2026, 5, 20)), (claNew.SinceEvent, claNew.Since));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task FiltersByTeamAndByWorker_InTheDatabase(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var (teamA, ann) = j.TeamWithWorker("Team A", "Ann");
        var (teamB, bob) = j.TeamWithWorker("Team B", "Bob");
        Build(j, teamA, ann, teamB, bob);
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);

        TrackerList teamAList = await j.TrackAsync(new VisitsDue(), AsOf, teamId: teamA.Id);
        TrackerList bobs = await j.TrackAsync(new VisitsDue(), AsOf, workerId: bob.Id);
        TrackerList teamBAnn = await j.TrackAsync(new VisitsDue(), AsOf, teamId: teamB.Id, workerId: ann.Id);

        Assert.Equal(["LEAVER", "CPLATE", "CLANEW", "CPSOON"], teamAList.Items.Select(i => i.LaChildId));
        Assert.Equal(["CINSOON", "CINLATER"], bobs.Items.Select(i => i.LaChildId));
        Assert.Empty(teamBAnn.Items);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task LongTermPlacement_AfterItsFirstYear_IsDueThreeMonthsOn_ClampedToTheMonthsEnd(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var (team, ann) = j.TeamWithWorker("Team A", "Ann");
        var feb = j.Child("FEB28");
        j.LookedAfter(feb, D(2024, 6, 3), "U4");
        j.Visit(feb, VisitKind.LookedAfter, D(2026, 2, 28));
        var firstYear = j.Child("FIRSTYEAR");
        j.LookedAfter(firstYear, D(2025, 9, 1), "U4");
        j.Visit(firstYear, VisitKind.LookedAfter, D(2026, 4, 15));
        j.Allocate(feb, team, ann, D(2024, 6, 3));
        j.Allocate(firstYear, team, ann, D(2025, 9, 1));

        TrackerList list = await j.TrackAsync(new VisitsDue(), AsOf);

        // 15 April + 6 weeks = 27 May (the placement is not a year old); 28 February + 3 months = 28 May.
        Assert.Equal(["FIRSTYEAR|CLA visit|2026-05-27|DueSoon|0", "FEB28|CLA visit|2026-05-28|DueSoon|0"], list.Lines());
    }

    private static void Build(Journeys j, Team teamA, Worker ann, Team teamB, Worker bob)
    {
        j.Manager(teamA, "Old", D(2019, 1, 1), D(2024, 1, 1));
        j.Manager(teamA, "Mia", D(2024, 1, 1));
        bob.Manager = j.Manager(teamB, "Gone", D(2019, 1, 1), D(2025, 1, 1));

        var cpLate = j.Plan(j.Child("CPLATE"), D(2026, 1, 5)).Child!;
        j.Visit(cpLate, VisitKind.ChildProtection, D(2026, 5, 1));
        j.Allocate(cpLate, teamB, bob, D(2025, 1, 1), D(2026, 5, 1));
        j.Allocate(cpLate, teamA, ann, D(2026, 5, 1));

        var cpSoon = j.Plan(j.Child("CPSOON"), D(2026, 1, 5)).Child!;
        j.Visit(cpSoon, VisitKind.ChildProtection, D(2026, 5, 14), recorded: D(2026, 5, 21));
        j.Allocate(cpSoon, teamA, ann, D(2026, 1, 5));

        var cinSoon = j.CinPlan(j.Child("CINSOON"), D(2026, 1, 5)).Child!;
        j.Visit(cinSoon, VisitKind.ChildInNeed, D(2026, 4, 20));
        j.Allocate(cinSoon, teamB, bob, D(2026, 1, 5));

        var cinLater = j.CinPlan(j.Child("CINLATER"), D(2026, 1, 5)).Child!;
        j.Visit(cinLater, VisitKind.ChildInNeed, D(2026, 4, 21));
        j.Allocate(cinLater, teamB, bob, D(2026, 1, 5));

        var cinOver = j.CinPlan(j.Child("CINOVER"), D(2026, 1, 5)).Child!;
        j.Visit(cinOver, VisitKind.ChildInNeed, D(2026, 3, 2));
        j.Allocate(cinOver, teamB, null, D(2026, 1, 5));

        var claNew = j.Child("CLANEW");
        j.LookedAfter(claNew, D(2026, 5, 20));
        j.Allocate(claNew, teamA, ann, D(2026, 5, 20));

        var leaver = j.Child("LEAVER");
        j.LookedAfter(leaver, D(2024, 1, 1), end: D(2026, 3, 1));
        j.CareLeaver(leaver);
        j.Visit(leaver, VisitKind.LookedAfter, D(2026, 2, 20));
        j.Visit(leaver, VisitKind.CareLeaver, D(2026, 3, 20));
        j.Allocate(leaver, teamA, ann, D(2026, 3, 1));

        // Closed: a plan that ended, a care leaver no longer allocated.
        var ended = j.Plan(j.Child("ENDED"), D(2026, 1, 5), D(2026, 5, 22)).Child!;
        j.Allocate(ended, teamA, ann, D(2026, 1, 5), D(2026, 5, 22));
        var closedLeaver = j.Child("CLOSEDLEAVER");
        j.LookedAfter(closedLeaver, D(2020, 1, 1), end: D(2023, 1, 1));
        j.CareLeaver(closedLeaver);
        j.Allocate(closedLeaver, teamA, ann, D(2023, 1, 1), D(2026, 1, 1));
    }
}

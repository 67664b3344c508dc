using OpenCsc.ChildProtection;
using OpenCsc.IntegrationTests.Indicators;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Trackers;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Trackers;

public sealed class AssessmentsAndConferencesDueTests(PostgresServer postgres)
{
    // Friday 22 May 2026. Bank holidays: Good Friday 3 April, Easter Monday 6 April, 4 May, 25 May.
    private static readonly DateOnly AsOf = D(2026, 5, 22);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Assessments_NotAuthorisedByTheDay_Due45WorkingDaysFromTheStart(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var (team, ann) = j.TeamWithWorker("Team A", "Ann");
        var (_, bob) = j.TeamWithWorker("Team B", "Bob");
        // From Friday 20 March: 23-27 March (5), 30-31 (7), 1-2 April (9), 7-10 (13), 13-17 (18), 20-24 (23), 27-30 (27),
        // 1 May (28), 5-8 (32), 11-15 (37), 18-22 (42), 26, 27, 28 May (45): due Thursday 28 May.
        var a45 = j.Child("A45");
        j.Assessment(j.Referral(a45, D(2026, 3, 20)), D(2026, 3, 20), null);
        j.Allocate(a45, team, ann, D(2026, 3, 20));
        // From Monday 2 March: 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), 30-31 (21), 1-2 April (23), 7-10 (27), 13-17 (32),
        // 20-24 (37), 27-30 (41), 1 May (42), 5, 6, 7 May (45): due Thursday 7 May, 15 days ago.
        // Not allocated: the assessment's own worker (Bob) and his team.
        var over = j.Child("AOVER");
        j.Assessment(j.Referral(over, D(2026, 3, 2)), D(2026, 3, 2), null).Worker = bob;
        // Authorised after the day: still open on it.
        var later = j.Child("AUTHLATER");
        j.Assessment(j.Referral(later, D(2026, 3, 2)), D(2026, 3, 2), D(2026, 5, 26));
        j.Allocate(later, team, ann, D(2026, 3, 2));
        // Authorised, closed episode, not started yet: not open.
        j.Assessment(j.Referral(j.Child("AUTHED"), D(2026, 3, 2)), D(2026, 3, 2), D(2026, 5, 20));
        var closed = j.Referral(j.Child("CLOSED"), D(2026, 3, 2));
        closed.ClosureDate = D(2026, 5, 10);
        j.Assessment(closed, D(2026, 3, 2), null);
        j.Assessment(j.Referral(j.Child("NOTYET"), D(2026, 5, 23)), D(2026, 5, 23), null);

        TrackerList list = await j.TrackAsync(new AssessmentsDue(), AsOf);

        Assert.Equal(
        [
            "AOVER|Assessment|2026-05-07|Overdue|15",
            "AUTHLATER|Assessment|2026-05-07|Overdue|15",
            "A45|Assessment|2026-05-28|DueSoon|0",
        ], list.Lines());
        TrackerItem own = list.Items[0];
        Assert.Equal(("Bob Worker", "Team B", "Started", D(2026, 3, 2)), (own.WorkerName, own.TeamName, own.SinceEvent, own.Since));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Icpcs_NotHeldByTheDay_Due15WorkingDaysFromTheStrategyDiscussion(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // From Friday 1 May: 5-8 (4), 11-15 (9), 18-22 (14), Tuesday 26 May (15).
        var icpc15 = j.Referral(j.Child("ICPC15"), D(2026, 4, 30));
        j.Section47(icpc15, D(2026, 5, 4), null, j.Strategy(icpc15, D(2026, 5, 1)));
        var heldLater = j.Referral(j.Child("HELDLATER"), D(2026, 4, 30));
        j.Section47(heldLater, D(2026, 5, 4), D(2026, 5, 27), j.Strategy(heldLater, D(2026, 5, 1)));
        // No strategy discussion linked: from the s47's start, Wednesday 1 April: 2 April (1), 7-10 (5), 13-17 (10),
        // 20-24 (15): due Friday 24 April, 28 days ago.
        j.Section47(j.Referral(j.Child("NOSD"), D(2026, 4, 1)), D(2026, 4, 1), null);
        // Held, not required, concluded with no further action, or the episode closed: not open.
        var held = j.Referral(j.Child("HELD"), D(2026, 4, 30));
        j.Section47(held, D(2026, 5, 4), D(2026, 5, 21), j.Strategy(held, D(2026, 5, 1)));
        j.Section47(j.Referral(j.Child("NOTREQ"), D(2026, 5, 1)), D(2026, 5, 1), null).IcpcNotRequired = true;
        j.Section47(j.Referral(j.Child("NFA"), D(2026, 5, 1)), D(2026, 5, 1), null).Outcome = Section47Outcome.NoFurtherAction;
        var closed = j.Referral(j.Child("CLOSED"), D(2026, 5, 1));
        closed.ClosureDate = D(2026, 5, 20);
        j.Section47(closed, D(2026, 5, 1), null);

        TrackerList list = await j.TrackAsync(new InitialConferencesDue(), AsOf);

        Assert.Equal(
        [
            "NOSD|ICPC|2026-04-24|Overdue|28",
            "HELDLATER|ICPC|2026-05-26|DueSoon|0",
            "ICPC15|ICPC|2026-05-26|DueSoon|0",
        ], list.Lines());
        Assert.Equal(["Section 47 started", "Strategy discussion", "Strategy discussion"], list.Items.Select(i => i.SinceEvent));
        Assert.All(list.Items, i => Assert.Null(i.TeamName));
    }
}

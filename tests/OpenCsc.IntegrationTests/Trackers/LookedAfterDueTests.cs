using OpenCsc.IntegrationTests.Indicators;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.LookedAfter;
using OpenCsc.Trackers;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Trackers;

public sealed class LookedAfterDueTests(PostgresServer postgres)
{
    // Friday 22 May 2026; Monday 25 May is a bank holiday.
    private static readonly DateOnly AsOf = D(2026, 5, 22);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Reviews_FirstIn20WorkingDays_SecondIn3Months_ThenEvery6Months(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // Looked after from Friday 1 May: 5-8 (4), 11-15 (9), 18-22 (14), 26-29 (18), 1 and 2 June (20): due Tuesday 2 June,
        // 6 working days away.
        j.LookedAfter(j.Child("NOREVIEW"), D(2026, 5, 1));
        // From Monday 2 March: 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), 30 March (20): 53 days ago.
        j.LookedAfter(j.Child("FIRSTOVER"), D(2026, 3, 2));
        // One review, on 20 February: the second is due 3 months later.
        var second = j.Child("SECOND");
        j.LookedAfter(second, D(2026, 1, 5));
        j.Review(second, D(2026, 2, 20));
        // Three reviews: the next is due 6 months after the last, 26 May, one working day away (25 May a bank holiday).
        var later = j.Child("LATER");
        j.LookedAfter(later, D(2025, 1, 6));
        j.Review(later, D(2025, 1, 30));
        j.Review(later, D(2025, 4, 25));
        j.Review(later, D(2025, 11, 26));
        // Back in care from Monday 11 May: the review in the earlier period does not count. 12-15 (4), 18-22 (9),
        // 26-29 (13), 1-5 June (18), 8, 9 June (20).
        var again = j.Child("AGAIN");
        j.LookedAfter(again, D(2024, 1, 1), end: D(2025, 9, 1));
        j.Review(again, D(2025, 6, 1));
        j.LookedAfter(again, D(2026, 5, 11));
        // Left care, or on short breaks: no review tracked.
        j.LookedAfter(j.Child("LEFT"), D(2026, 1, 5), end: D(2026, 5, 22));
        j.LookedAfter(j.Child("BREAKS"), D(2026, 1, 5), legalStatus: "V4");

        TrackerList list = await j.TrackAsync(new LacReviewsDue(), AsOf);

        Assert.Equal(
        [
            "FIRSTOVER|CLA review|2026-03-30|Overdue|53",
            "SECOND|CLA review|2026-05-20|Overdue|2",
            "LATER|CLA review|2026-05-26|DueSoon|0",
            "NOREVIEW|CLA review|2026-06-02|Future|0",
            "AGAIN|CLA review|2026-06-09|Future|0",
        ], list.Lines());
        Assert.Equal(["Became looked after", "First review", "Last review", "Became looked after", "Became looked after"], list.Items.Select(i => i.SinceEvent));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task InitialHealthAssessments_NotDoneInThePeriodOfCare_Due20WorkingDaysAfterItBegan(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.LookedAfter(j.Child("NOIHA"), D(2026, 5, 1));
        j.LookedAfter(j.Child("IHAOVER"), D(2026, 3, 2));
        var done = j.Child("IHADONE");
        j.LookedAfter(done, D(2026, 3, 2));
        j.Health(done, HealthAssessmentKind.Initial, D(2026, 3, 20));
        // A review health assessment follows the initial one, so it was done; a dental check is not one; one done after
        // the day was not done on it.
        var reviewOnly = j.Child("REVIEWONLY");
        j.LookedAfter(reviewOnly, D(2026, 3, 2));
        j.Health(reviewOnly, HealthAssessmentKind.Review, D(2026, 3, 20));
        var dental = j.Child("DENTAL");
        j.LookedAfter(dental, D(2026, 3, 2));
        j.Health(dental, HealthAssessmentKind.Dental, D(2026, 3, 20));
        var after = j.Child("IHAAFTER");
        j.LookedAfter(after, D(2026, 3, 2));
        j.Health(after, HealthAssessmentKind.Initial, D(2026, 5, 23));
        j.LookedAfter(j.Child("LEFT"), D(2026, 3, 2), end: D(2026, 4, 1));
        // Back in care on Monday 11 May: the assessment in the earlier period does not count; due Tuesday 9 June.
        var again = j.Child("AGAIN");
        j.LookedAfter(again, D(2024, 1, 1), end: D(2025, 9, 1));
        j.Health(again, HealthAssessmentKind.Initial, D(2024, 1, 20));
        j.LookedAfter(again, D(2026, 5, 11));

        TrackerList list = await j.TrackAsync(new InitialHealthAssessmentsDue(), AsOf);

        Assert.Equal(
        [
            "DENTAL|Initial health assessment|2026-03-30|Overdue|53",
            "IHAAFTER|Initial health assessment|2026-03-30|Overdue|53",
            "IHAOVER|Initial health assessment|2026-03-30|Overdue|53",
            "NOIHA|Initial health assessment|2026-06-02|Future|0",
            "AGAIN|Initial health assessment|2026-06-09|Future|0",
        ], list.Lines());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ReturnHomeInterviews_NotDoneOrDeclined_Due72HoursAfterTheReturn(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var (team, ann) = j.TeamWithWorker("Team A", "Ann");
        OpenCsc.Children.Child Open(string id)
        {
            var child = j.Child(id);
            j.Allocate(child, team, ann, D(2026, 1, 5));
            return child;
        }

        // Back at 15:00 on Tuesday 19 May: due by 15:00 on Friday 22 May, today.
        j.Missing(Open("DUE"), T(2026, 5, 19, 15));
        // Back at 10:00 on Monday 18 May: due Thursday 21 May, a day ago; offered and accepted but not done yet; done
        // only after the day.
        j.Missing(Open("OVER"), T(2026, 5, 18, 10));
        var offered = j.Missing(Open("OFFERED"), T(2026, 5, 18, 10));
        (offered.RhiOfferedAt, offered.RhiAccepted) = (T(2026, 5, 19), true);
        j.Missing(Open("DONELATER"), T(2026, 5, 18, 10)).RhiCompletedAt = T(2026, 5, 23, 11);
        // Declined, done, absent rather than missing, not back yet, or no longer open to the service: not open.
        var declined = j.Missing(Open("DECLINED"), T(2026, 5, 18, 10));
        (declined.RhiOfferedAt, declined.RhiAccepted) = (T(2026, 5, 19), false);
        j.Missing(Open("DONE"), T(2026, 5, 18, 10)).RhiCompletedAt = T(2026, 5, 20, 16);
        j.Missing(Open("ABSENT"), T(2026, 5, 18, 10), MissingKind.Absent);
        j.Missing(Open("NOTBACK"), T(2026, 5, 23, 1));
        j.Missing(j.Child("CLOSED"), T(2026, 5, 18, 10));

        TrackerList list = await j.TrackAsync(new ReturnHomeInterviewsDue(), AsOf);

        Assert.Equal(
        [
            "DONELATER|Return home interview|2026-05-21|Overdue|1",
            "OFFERED|Return home interview|2026-05-21|Overdue|1",
            "OVER|Return home interview|2026-05-21|Overdue|1",
            "DUE|Return home interview|2026-05-22|DueSoon|0",
        ], list.Lines());
        Assert.All(list.Items, i => Assert.Equal(("Returned", "Ann Worker"), (i.SinceEvent, i.WorkerName)));
    }
}

using System.Globalization;
using OpenCsc.CareLeavers;
using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Indicators;
using OpenCsc.LookedAfter;
using OpenCsc.Trackers;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc.IntegrationTests.Trackers;

/// <summary>Terse helpers for the records the trackers and the visit indicators read, added to a <see cref="Journeys"/>.</summary>
internal static class TrackerJourneys
{
    /// <summary>A visit, recorded at 17:00 on its day unless a later day is given.</summary>
    public static Visit Visit(this Journeys j, Child child, VisitKind kind, DateOnly date, bool seen = true, DateOnly? recorded = null)
    {
        var visit = new Visit
        {
            Child = child,
            Kind = kind,
            VisitDate = date,
            RecordedAt = (recorded ?? date).ToDateTime(new TimeOnly(17, 0)),
            ChildSeen = seen,
        };
        j.Db.Visits.Add(visit);
        return visit;
    }

    public static CinPlan CinPlan(this Journeys j, Child child, DateOnly start, DateOnly? end = null)
    {
        var plan = new CinPlan { CinEpisode = j.Referral(child, start.AddDays(-30)), Child = child, StartDate = start, EndDate = end };
        j.Db.CinPlans.Add(plan);
        return plan;
    }

    /// <summary>A period of care starting with an episode "S" in the placement.</summary>
    public static PeriodOfCare LookedAfter(this Journeys j, Child child, DateOnly start, string place = "U6", string legalStatus = "C2", DateOnly? end = null)
    {
        var period = new PeriodOfCare { Child = child, StartDate = start, EndDate = end };
        j.Db.PeriodsOfCare.Add(period);
        period.Episodes.Add(Episode(period, start, "S", legalStatus, place, end));
        return period;
    }

    /// <summary>A new episode from the day (the one before ends that day), keeping the legal status.</summary>
    public static CareEpisode NewEpisode(this Journeys j, PeriodOfCare period, DateOnly date, string reason, string place)
    {
        CareEpisode previous = period.Episodes[^1];
        previous.EndDate = date;
        CareEpisode episode = Episode(period, date, reason, previous.LegalStatus, place, period.EndDate);
        period.Episodes.Add(episode);
        return episode;
    }

    public static LacReview Review(this Journeys j, Child child, DateOnly date)
    {
        var review = new LacReview { Child = child, Date = date };
        j.Db.LacReviews.Add(review);
        return review;
    }

    public static HealthAssessment Health(this Journeys j, Child child, HealthAssessmentKind kind, DateOnly date)
    {
        var assessment = new HealthAssessment { Child = child, Kind = kind, Date = date };
        j.Db.HealthAssessments.Add(assessment);
        return assessment;
    }

    public static MissingEpisode Missing(this Journeys j, Child child, DateTime returned, MissingKind kind = MissingKind.Missing)
    {
        var episode = new MissingEpisode
        {
            Child = child,
            Kind = kind,
            StartDate = DateOnly.FromDateTime(returned.AddHours(-20)),
            EndDate = DateOnly.FromDateTime(returned),
            ReturnedAt = returned,
        };
        j.Db.MissingEpisodes.Add(episode);
        return episode;
    }

    public static CareLeaver CareLeaver(this Journeys j, Child child)
    {
        var leaver = new CareLeaver { Child = child, Eligibility = CareLeaverEligibility.FormerRelevant };
        j.Db.CareLeavers.Add(leaver);
        return leaver;
    }

    /// <summary>A team manager in post in the team from the start date.</summary>
    public static Worker Manager(this Journeys j, Team team, string name, DateOnly start, DateOnly? end = null)
    {
        var manager = new Worker
        {
            StaffNumber = "TM-" + name,
            FirstName = name,
            LastName = "Manager",
            Role = WorkerRole.TeamManager,
            Team = team,
            StartDate = start,
            EndDate = end,
        };
        j.Db.Workers.Add(manager);
        return manager;
    }

    /// <summary>Another case-holding worker in the team.</summary>
    public static Worker Worker(this Journeys j, Team team, string name, Worker? manager = null)
    {
        var worker = new Worker
        {
            StaffNumber = name,
            FirstName = name,
            LastName = "Worker",
            Role = WorkerRole.SocialWorker,
            Team = team,
            Manager = manager,
            StartDate = Journeys.D(2020, 1, 1),
            IsCaseHolding = true,
        };
        j.Db.Workers.Add(worker);
        return worker;
    }

    /// <summary>Saves what was added and lists the tracker's items as at the day, on a fresh context.</summary>
    public static async Task<TrackerList> TrackAsync(this Journeys j, Tracker tracker, DateOnly asOf, long? teamId = null, long? workerId = null, OpenCsc.Calendar.TimescalesInForce? inForce = null)
    {
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using AppDbContext db = AppDatabase.CreateContext(j.Settings);
        return await new ListTrackerItems(TrackerQuery.For(db, inForce ?? OpenCsc.Calendar.TimescalesInForce.Statutory)).RunAsync(tracker, new TrackerFilter(asOf, teamId, workerId), TestContext.Current.CancellationToken);
    }

    /// <summary>The items as "LA child id|kind|due|state|days overdue", in the list's order.</summary>
    public static IReadOnlyList<string> Lines(this TrackerList list) =>
        list.Items.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.LaChildId}|{i.KindLabel}|{i.Due:yyyy-MM-dd}|{i.State}|{i.DaysOverdue}")).ToList();

    private static CareEpisode Episode(PeriodOfCare period, DateOnly start, string reason, string legalStatus, string place, DateOnly? end) => new()
    {
        PeriodOfCare = period,
        Child = period.Child,
        StartDate = start,
        EndDate = end,
        ReasonForNewEpisode = reason,
        LegalStatus = legalStatus,
        CategoryOfNeed = "N1",
        PlacementType = place,
    };
}

using OpenCsc.CareLeavers;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.LookedAfter;
using OpenCsc.Workforce;

namespace OpenCsc.IntegrationTests.Indicators;

/// <summary>
/// Small hand-built journeys for indicator tests: a fresh migrated database on the engine, records added with
/// terse helpers, then saved and computed. Dates are chosen so each answer can be worked out by hand.
/// </summary>
internal sealed class Journeys : IAsyncDisposable
{
    private int _children;

    private Journeys(DatabaseSettings settings)
    {
        Settings = settings;
        Db = AppDatabase.CreateContext(settings);
        Db.AuditContext = OpenCsc.Audit.AuditContext.ForSystem("test");
    }

    public DatabaseSettings Settings { get; }

    public AppDbContext Db { get; }

    /// <summary>Journeys recorded into a database made elsewhere (a web test's), its calendar table already filled.</summary>
    public static Journeys Over(DatabaseSettings settings) => new(settings);

    /// <summary>A migrated database with the calendar table filled, as start-up leaves it.</summary>
    public static async Task<Journeys> CreateAsync(PostgresServer postgres, Engine engine)
    {
        var journeys = new Journeys(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        await OpenCsc.Calendar.CalendarTable.EnsureAsync(journeys.Db, OpenCsc.Calendar.WorkingDayCalendar.EnglandAndWales(), TestContext.Current.CancellationToken);
        return journeys;
    }

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static DateTime T(int year, int month, int day, int hour = 9, int minute = 0) => new(year, month, day, hour, minute, 0);

    public static ReportingPeriod Month(int year, int month) => new(D(year, month, 1), D(year, month, 1).AddMonths(1).AddDays(-1));

    public Child Child(string? id = null, DateOnly? born = null)
    {
        _children++;
        var child = new Child
        {
            LaChildId = id ?? $"C{_children:00000}",
            FirstName = "Child",
            LastName = $"Number{_children}",
            DateOfBirth = born ?? D(2015, 1, 1),
            Sex = "F",
            Ethnicity = "WBRI",
        };
        Db.Children.Add(child);
        return child;
    }

    public Contact Contact(Child child, DateTime received, DateTime? decided = null, ContactOutcome? outcome = null)
    {
        var contact = new Contact { Child = child, ReceivedAt = received, Source = "1A", DecisionAt = decided, Outcome = outcome };
        Db.Contacts.Add(contact);
        return contact;
    }

    public CinEpisode Referral(Child child, DateOnly date)
    {
        var episode = new CinEpisode { Child = child, ReferralDate = date, ReferralSource = "1A", PrimaryNeedCode = "N1" };
        Db.CinEpisodes.Add(episode);
        return episode;
    }

    public Assessment Assessment(CinEpisode episode, DateOnly start, DateOnly? authorised, AssessmentOutcome? outcome = null)
    {
        var assessment = new Assessment { CinEpisode = episode, Child = episode.Child, StartDate = start, AuthorisationDate = authorised, Outcome = outcome };
        Db.Assessments.Add(assessment);
        return assessment;
    }

    public StrategyDiscussion Strategy(CinEpisode episode, DateOnly date, bool csc = true, bool police = true, bool health = true)
    {
        var strategy = new StrategyDiscussion { CinEpisode = episode, Child = episode.Child, Date = date, CscTookPart = csc, PoliceTookPart = police, HealthTookPart = health };
        Db.StrategyDiscussions.Add(strategy);
        return strategy;
    }

    public Section47Enquiry Section47(CinEpisode episode, DateOnly start, DateOnly? icpc, StrategyDiscussion? strategy = null)
    {
        var enquiry = new Section47Enquiry { CinEpisode = episode, Child = episode.Child, StartDate = start, DateOfInitialCpc = icpc, StrategyDiscussion = strategy };
        Db.Section47Enquiries.Add(enquiry);
        return enquiry;
    }

    public ChildProtectionPlan Plan(Child child, DateOnly start, DateOnly? end = null, int? previousPlans = null)
    {
        var episode = Referral(child, start.AddDays(-30));
        var plan = new ChildProtectionPlan
        {
            CinEpisode = episode,
            Child = child,
            StartDate = start,
            EndDate = end,
            InitialCategory = "NEG",
            LatestCategory = "NEG",
            NumberOfPreviousPlans = previousPlans,
        };
        Db.ChildProtectionPlans.Add(plan);
        return plan;
    }

    public (Team Team, Worker Worker) TeamWithWorker(string team, string worker)
    {
        var service = new Service { Name = team + " service" };
        var t = new Team { Name = team, Kind = TeamKind.Assessment, Service = service };
        var w = new Worker { StaffNumber = worker, FirstName = worker, LastName = "Worker", Role = WorkerRole.SocialWorker, Team = t, StartDate = D(2020, 1, 1), IsCaseHolding = true };
        Db.AddRange(service, t, w);
        return (t, w);
    }

    public Allocation Allocate(Child child, Team team, Worker? worker, DateOnly start, DateOnly? end = null)
    {
        var allocation = new Allocation { Child = child, Team = team, Worker = worker, StartDate = start, EndDate = end };
        Db.Allocations.Add(allocation);
        return allocation;
    }

    public CinPlan CinPlan(Child child, DateOnly start, DateOnly? end = null)
    {
        var plan = new CinPlan { CinEpisode = Referral(child, start.AddDays(-30)), Child = child, StartDate = start, EndDate = end };
        Db.CinPlans.Add(plan);
        return plan;
    }

    /// <summary>
    /// A period of care from <paramref name="start"/> (to <paramref name="end"/>, when it ended) with its first episode
    /// (reason S) in the given placement; later episodes with <see cref="Episode"/>.
    /// </summary>
    public PeriodOfCare Care(Child child, DateOnly start, DateOnly? end = null, string placement = "U6", string legalStatus = "C2")
    {
        var period = new PeriodOfCare { Child = child, StartDate = start, EndDate = end };
        Db.PeriodsOfCare.Add(period);
        Episode(period, start, "S", placement, legalStatus);
        return period;
    }

    /// <summary>A new episode of the period of care from <paramref name="start"/>: the one before it ends that day.</summary>
    public CareEpisode Episode(PeriodOfCare period, DateOnly start, string reason, string placement, string legalStatus = "C2")
    {
        if (period.Episodes.LastOrDefault() is { } previous)
        {
            previous.EndDate = start;
            previous.ReasonEpisodeCeased = "X1";
        }

        var episode = new CareEpisode
        {
            PeriodOfCare = period,
            Child = period.Child,
            StartDate = start,
            ReasonForNewEpisode = reason,
            LegalStatus = legalStatus,
            CategoryOfNeed = "N1",
            PlacementType = placement,
            EndDate = period.EndDate,
        };
        period.Episodes.Add(episode);
        Db.CareEpisodes.Add(episode);
        return episode;
    }

    public LacReview Review(Child child, DateOnly date, string? participation = "PN1")
    {
        var review = new LacReview { Child = child, Date = date, ParticipationCode = participation };
        Db.LacReviews.Add(review);
        return review;
    }

    public HealthAssessment Health(Child child, DateOnly date, HealthAssessmentKind kind = HealthAssessmentKind.Review)
    {
        var assessment = new HealthAssessment { Child = child, Date = date, Kind = kind };
        Db.HealthAssessments.Add(assessment);
        return assessment;
    }

    /// <summary>A missing episode that began the day before the return; the return time, or only its date when <paramref name="returnedOn"/> is given.</summary>
    public MissingEpisode Missing(Child child, DateTime? returned, DateTime? offered, bool? accepted = null, MissingKind kind = MissingKind.Missing, DateOnly? returnedOn = null)
    {
        DateOnly end = returnedOn ?? DateOnly.FromDateTime(returned!.Value);
        var episode = new MissingEpisode
        {
            Child = child,
            Kind = kind,
            StartDate = end.AddDays(-1),
            EndDate = end,
            ReturnedAt = returned,
            RhiOfferedAt = offered,
            RhiAccepted = accepted,
        };
        Db.MissingEpisodes.Add(episode);
        return episode;
    }

    public EarlyHelpEpisode EarlyHelp(Child child, DateOnly start, DateOnly? end = null)
    {
        var episode = new EarlyHelpEpisode { Child = child, StartDate = start, EndDate = end };
        Db.EarlyHelpEpisodes.Add(episode);
        return episode;
    }

    public CareLeaver CareLeaver(Child child)
    {
        var leaver = new CareLeaver { Child = child, Eligibility = CareLeaverEligibility.FormerRelevant };
        Db.CareLeavers.Add(leaver);
        return leaver;
    }

    /// <summary>A care leaver's circumstances recorded on a day (SSDA903 OC3 codes; accommodation suitable or not).</summary>
    public CareLeaverStatus LeaverStatus(CareLeaver leaver, DateOnly recorded, string inTouch, string? activity = null, string? accommodation = null, bool? suitable = null)
    {
        var status = new CareLeaverStatus
        {
            CareLeaver = leaver,
            Child = leaver.Child,
            RecordedOn = recorded,
            InTouch = inTouch,
            Activity = activity,
            Accommodation = accommodation,
            AccommodationSuitable = suitable,
        };
        Db.CareLeaverStatuses.Add(status);
        return status;
    }

    public Worker Worker(Team team, string name, bool caseHolding = true, DateOnly? start = null, DateOnly? end = null)
    {
        var worker = new Worker
        {
            StaffNumber = name,
            FirstName = name,
            LastName = "Worker",
            Role = caseHolding ? WorkerRole.SocialWorker : WorkerRole.TeamManager,
            Team = team,
            StartDate = start ?? D(2020, 1, 1),
            EndDate = end,
            IsCaseHolding = caseHolding,
        };
        Db.Workers.Add(worker);
        return worker;
    }

    /// <summary>Saves what was added and computes the indicator for the period.</summary>
    public async Task<IndicatorValue> ComputeAsync(Indicator indicator, ReportingPeriod period, IndicatorSettings? settings = null)
    {
        await Db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using AppDbContext db = AppDatabase.CreateContext(Settings);
        var values = await new ComputeIndicators(db, settings ?? IndicatorSettings.Default).ValuesAsync([indicator], [period], cancellationToken: TestContext.Current.CancellationToken);
        return Assert.Single(values);
    }

    /// <summary>Saves what was added and lists the rows behind the figure as (LA child id, in numerator).</summary>
    public async Task<IReadOnlyList<(string Child, bool InNumerator)>> RowsAsync(Indicator indicator, ReportingPeriod period, IndicatorSettings? settings = null)
    {
        await Db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using AppDbContext db = AppDatabase.CreateContext(Settings);
        var children = await new ComputeIndicators(db, settings ?? IndicatorSettings.Default).ChildrenAsync(indicator, period, TestContext.Current.CancellationToken);
        return children.Select(c => (c.LaChildId, c.InNumerator)).OrderBy(c => c.LaChildId, StringComparer.Ordinal).ThenBy(c => c.InNumerator).ToList();
    }

    /// <summary>Saves what was added and lists the rows behind the figure as (LA child id, row date, in numerator).</summary>
    public async Task<IReadOnlyList<(string Child, DateOnly Date, bool InNumerator)>> DatedRowsAsync(Indicator indicator, ReportingPeriod period, IndicatorSettings? settings = null)
    {
        await Db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using AppDbContext db = AppDatabase.CreateContext(Settings);
        var children = await new ComputeIndicators(db, settings ?? IndicatorSettings.Default).ChildrenAsync(indicator, period, TestContext.Current.CancellationToken);
        return children.Select(c => (c.LaChildId, c.Date, c.InNumerator)).OrderBy(c => c.LaChildId, StringComparer.Ordinal).ThenBy(c => c.Date).ToList();
    }

    /// <summary>Saves what was added and breaks the figure down.</summary>
    public async Task<IReadOnlyList<IndicatorGroupValue>> BreakdownAsync(Indicator indicator, ReportingPeriod period, IndicatorBreakdown breakdown)
    {
        await Db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using AppDbContext db = AppDatabase.CreateContext(Settings);
        return await new ComputeIndicators(db, IndicatorSettings.Default).BreakdownAsync(indicator, period, breakdown, TestContext.Current.CancellationToken);
    }

    /// <summary>Saves what was added and computes the indicator for one team.</summary>
    public async Task<IndicatorValue> ComputeForTeamAsync(Indicator indicator, ReportingPeriod period, Team team)
    {
        await Db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using AppDbContext db = AppDatabase.CreateContext(Settings);
        var values = await new ComputeIndicators(db, IndicatorSettings.Default).ValuesAsync([indicator], [period], team.Id, TestContext.Current.CancellationToken);
        return Assert.Single(values);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}

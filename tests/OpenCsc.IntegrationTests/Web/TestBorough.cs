using OpenCsc.Borough;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web;

/// <summary>
/// A small hand-built borough, as at <see cref="WebTestApp.Today"/> (15 June 2026):
/// Amelia Smith on a CP plan; Ben Jones looked after (two care episodes); Chloe Smithson with a contact only;
/// Dan Closed whose CIN episode closed in 2023; a child whose first name is markup, with a contact; and Fay Unknown
/// with nothing at all. Known: 5 children; open CIN episodes: 2; on a CP plan: 1; looked after: 1.
/// </summary>
public sealed class TestBorough
{
    public const string MarkupName = "<script>alert(1)</script>";

    public Child Amelia { get; private set; } = null!;
    public Child Ben { get; private set; } = null!;
    public Child Chloe { get; private set; } = null!;
    public Child Dan { get; private set; } = null!;
    public Child Markup { get; private set; } = null!;
    public Child Fay { get; private set; } = null!;
    public Worker SocialWorker { get; private set; } = null!;
    public Team Team { get; private set; } = null!;

    public static async Task<TestBorough> InsertAsync(WebTestApp app, bool isDemo = true)
    {
        var borough = new TestBorough();
        await using AppDbContext db = app.OpenContext();
        borough.Build(db, isDemo);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return borough;
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateTime T(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0);

    private void Build(AppDbContext db, bool isDemo)
    {
        db.Authorities.Add(new Authority { Name = "Testshire", LaCode = "999", IsDemo = isDemo });

        var service = new Service { Name = "Assessment and Intervention" };
        Team = new Team { Name = "Assessment Team 1", Kind = TeamKind.Assessment, Service = service };
        var manager = new Worker
        {
            StaffNumber = "TM1",
            FirstName = "Tess",
            LastName = "Manager",
            Role = WorkerRole.TeamManager,
            Team = Team,
            StartDate = D(2020, 1, 1),
            IsCaseHolding = false,
        };
        SocialWorker = new Worker
        {
            StaffNumber = "SW1",
            FirstName = "Sam",
            LastName = "Worker",
            Role = WorkerRole.SocialWorker,
            Team = Team,
            Manager = manager,
            StartDate = D(2021, 1, 1),
            IsCaseHolding = true,
        };
        db.AddRange(service, Team, manager, SocialWorker);

        Amelia = NewChild("C100001", "Amelia", "Smith", D(2015, 3, 2), "F", "WBRI");
        Amelia.Disabilities.Add(new ChildDisability { Code = "AUT" });
        Ben = NewChild("C100002", "Ben", "Jones", D(2012, 7, 20), "M", "BCRB");
        Chloe = NewChild("C100003", "Chloe", "Smithson", D(2019, 11, 5), "F", "WOTH");
        Dan = NewChild("C100004", "Dan", "Closed", D(2010, 1, 1), "M", "AIND");
        Markup = NewChild("C100005", MarkupName, "Testcase", D(2016, 4, 4), "U", "NOBT");
        Fay = NewChild("C100006", "Fay", "Unknown", D(2018, 8, 8), "F", "REFU");
        db.Children.AddRange(Amelia, Ben, Chloe, Dan, Markup, Fay);

        // Amelia: contact, referral, assessment, strategy discussion, s47, ICPC, CP plan with a review and a core group, visits.
        var ameliaEpisode = new CinEpisode { Child = Amelia, ReferralDate = D(2025, 1, 11), ReferralSource = "2A", PrimaryNeedCode = "N1" };
        db.Contacts.Add(new Contact
        {
            Child = Amelia,
            ReceivedAt = T(2025, 1, 10, 9, 30),
            Source = "2A",
            BragFirst = Brag.Amber,
            BragFinal = Brag.Red,
            DecisionAt = T(2025, 1, 10, 16, 0),
            Outcome = ContactOutcome.Referral,
            DecidedBy = manager,
            CinEpisode = ameliaEpisode,
        });
        db.Assessments.Add(new Assessment
        {
            CinEpisode = ameliaEpisode,
            Child = Amelia,
            StartDate = D(2025, 1, 12),
            ChildSeenDate = D(2025, 1, 15),
            AuthorisationDate = D(2025, 2, 10),
            Outcome = AssessmentOutcome.StrategyDiscussion,
            Worker = SocialWorker,
            AuthorisedBy = manager,
            AuthorisationRationale = "Significant harm suspected",
        });
        var strategy = new StrategyDiscussion
        {
            CinEpisode = ameliaEpisode,
            Child = Amelia,
            Date = D(2025, 2, 12),
            CscTookPart = true,
            PoliceTookPart = true,
            HealthTookPart = false,
            AbsentAgencyReason = "GP unavailable",
            Decision = StrategyDecision.Section47Enquiry,
        };
        db.StrategyDiscussions.Add(strategy);
        db.Section47Enquiries.Add(new Section47Enquiry
        {
            CinEpisode = ameliaEpisode,
            Child = Amelia,
            StrategyDiscussion = strategy,
            StartDate = D(2025, 2, 12),
            InitialCpcTarget = D(2025, 3, 5),
            DateOfInitialCpc = D(2025, 3, 1),
            Outcome = Section47Outcome.ChildProtectionPlan,
        });
        var plan = new ChildProtectionPlan
        {
            CinEpisode = ameliaEpisode,
            Child = Amelia,
            StartDate = D(2025, 3, 1),
            InitialCategory = "NEG",
            LatestCategory = "NEG",
        };
        plan.CoreGroups.Add(new CoreGroupMeeting { Date = D(2025, 3, 10) });
        plan.Reviews.Add(new CpReviewConference { Date = D(2025, 6, 1) });
        db.ChildProtectionPlans.Add(plan);
        db.Visits.AddRange(
            new Visit
            {
                Child = Amelia,
                Kind = VisitKind.ChildProtection,
                VisitDate = D(2026, 6, 1),
                RecordedAt = T(2026, 6, 5, 10, 0),
                ChildSeen = true,
                SeenAlone = true,
                Worker = SocialWorker,
            },
            new Visit
            {
                Child = Amelia,
                Kind = VisitKind.ChildProtection,
                VisitDate = D(2026, 5, 20),
                RecordedAt = T(2026, 5, 20, 17, 0),
                ChildSeen = true,
                SeenAlone = false,
                Worker = SocialWorker,
            });
        db.Allocations.Add(new Allocation { Child = Amelia, Team = Team, Worker = SocialWorker, StartDate = D(2025, 1, 11) });

        // Ben: open CIN episode and an open period of care of two episodes, a review, a visit, a missing episode.
        var benEpisode = new CinEpisode { Child = Ben, ReferralDate = D(2024, 5, 1), ReferralSource = "6", PrimaryNeedCode = "N4" };
        db.CinEpisodes.Add(benEpisode);
        var period = new PeriodOfCare { Child = Ben, StartDate = D(2024, 6, 1) };
        period.Episodes.Add(new CareEpisode
        {
            Child = Ben,
            StartDate = D(2024, 6, 1),
            ReasonForNewEpisode = "S",
            LegalStatus = "V2",
            CategoryOfNeed = "N4",
            PlacementType = "U6",
            PlacementProvider = "PR1",
            EndDate = D(2024, 9, 1),
            ReasonEpisodeCeased = "X1",
        });
        period.Episodes.Add(new CareEpisode
        {
            Child = Ben,
            StartDate = D(2024, 9, 1),
            ReasonForNewEpisode = "L",
            LegalStatus = "C2",
            CategoryOfNeed = "N4",
            PlacementType = "U6",
            PlacementProvider = "PR1",
        });
        db.PeriodsOfCare.Add(period);
        db.LacReviews.Add(new LacReview { Child = Ben, Date = D(2024, 6, 20), ParticipationCode = "PN1" });
        db.Visits.Add(new Visit
        {
            Child = Ben,
            Kind = VisitKind.LookedAfter,
            VisitDate = D(2026, 4, 30),
            RecordedAt = T(2026, 4, 30, 15, 0),
            ChildSeen = true,
            SeenAlone = true,
            Worker = SocialWorker,
        });
        db.MissingEpisodes.Add(new MissingEpisode
        {
            Child = Ben,
            Kind = MissingKind.Missing,
            StartDate = D(2026, 5, 1),
            EndDate = D(2026, 5, 2),
            ReturnedAt = T(2026, 5, 2, 8, 0),
            RhiOfferedAt = T(2026, 5, 2, 14, 0),
            RhiAccepted = true,
            RhiCompletedAt = T(2026, 5, 3, 11, 0),
        });

        // Chloe: a contact that went no further. Dan: a CIN episode closed long ago. Markup: a contact.
        db.Contacts.Add(new Contact { Child = Chloe, ReceivedAt = T(2026, 1, 5, 11, 0), Source = "3B", Outcome = ContactOutcome.NoFurtherAction });
        db.CinEpisodes.Add(new CinEpisode
        {
            Child = Dan,
            ReferralDate = D(2023, 1, 1),
            ReferralSource = "1A",
            PrimaryNeedCode = "N5",
            ClosureDate = D(2023, 6, 1),
            ReasonForClosure = "RC8",
        });
        db.Contacts.Add(new Contact { Child = Markup, ReceivedAt = T(2026, 2, 1, 10, 0), Source = "10" });
    }

    private static Child NewChild(string id, string first, string last, DateOnly dob, string sex, string ethnicity) => new()
    {
        LaChildId = id,
        FirstName = first,
        LastName = last,
        DateOfBirth = dob,
        Sex = sex,
        Ethnicity = ethnicity,
        Upn = null,
        UpnUnknownReason = "UN1",
        NhsNumber = "9434765919",
    };
}

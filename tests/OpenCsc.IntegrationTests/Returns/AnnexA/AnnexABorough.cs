using OpenCsc.Borough;
using OpenCsc.CareLeavers;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc.IntegrationTests.Returns.AnnexA;

/// <summary>
/// A small hand-made borough for the Annex A export as at <see cref="AsOf"/> (30 June 2026), so the 6-month lists
/// look back to 31 December 2025 and the 12-month lists to 1 July 2025. Each child exists to land in, or stay out of,
/// particular lists: see the comments on each.
/// </summary>
internal static class AnnexABorough
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public const string Alice = "AA001";
    public const string Ben = "BB002";
    public const string Cara = "CC003";
    public const string Dev = "DD004";
    public const string Eve = "EE005";
    public const string Fred = "FF006";
    public const string Gina = "GG007";
    public const string Hugo = "HH008";
    public const string Ivy = "II009";
    public const string Dan = "DN010";
    public const string Ed = "ED011";
    public const string FormulaChild = "=HYPERLINK(\"http://x\",\"y\")";

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateTime T(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0);

    public static async Task InsertAsync(AppDbContext db, CancellationToken ct, int extraChildren = 0)
    {
        db.Authorities.Add(new Authority { Name = "Barnet", LaCode = "302" });
        var service = new Service { Name = "Children's Services" };
        var assessmentTeam = new Team { Name = "Assessment Team", Kind = TeamKind.Assessment, Service = service };
        var careTeam = new Team { Name = "Children in Care Team", Kind = TeamKind.ChildrenInCare, Service = service };
        var leavingCareTeam = new Team { Name = "Leaving Care Team", Kind = TeamKind.LeavingCare, Service = service };
        var sam = Staff("SW1", "Sam", "Worker", WorkerRole.SocialWorker, assessmentTeam);
        var cleo = Staff("SW2", "Cleo", "Jones", WorkerRole.SocialWorker, careTeam);
        var pat = Staff("PA1", "Pat", "Adviser", WorkerRole.PersonalAdviser, leavingCareTeam);
        var iro = Staff("IRO1", "Ira", "Reviewer", WorkerRole.IndependentReviewingOfficer, careTeam);
        db.AddRange(service, assessmentTeam, careTeam, leavingCareTeam, sam, cleo, pat, iro);

        // Alice: a contact, referral, assessment, s47, ICPC and CP plan all in the 6-month window; an earlier contact
        // (before the window) and a referral 13 months before the as-of date that stay out of lists 1 and 3.
        Child alice = NewChild(db, Alice, "F", "WBRI", D(2015, 3, 2));
        alice.Disabilities.Add(new ChildDisability { Code = "AUT" });
        db.Contacts.AddRange(
            new Contact { Child = alice, ReceivedAt = T(2026, 3, 10), Source = "2A", Outcome = ContactOutcome.Referral },
            new Contact { Child = alice, ReceivedAt = T(2025, 12, 30, 23), Source = "6", Outcome = ContactOutcome.NoFurtherAction });
        db.CinEpisodes.Add(new CinEpisode
        {
            Child = alice,
            ReferralDate = D(2025, 5, 20),
            ReferralSource = "6",
            ReferralNfa = true,
            ClosureDate = D(2025, 5, 20),
            ReasonForClosure = "RC8",
        });
        var aliceEpisode = new CinEpisode { Child = alice, ReferralDate = D(2026, 3, 11), ReferralSource = "2A", PrimaryNeedCode = "N1" };
        db.CinEpisodes.Add(aliceEpisode);
        db.Assessments.Add(new Assessment
        {
            CinEpisode = aliceEpisode,
            Child = alice,
            StartDate = D(2026, 3, 12),
            ChildSeenDate = D(2026, 3, 13),
            AuthorisationDate = D(2026, 4, 1),
            Outcome = AssessmentOutcome.StrategyDiscussion,
        });
        var strategy = new StrategyDiscussion
        {
            CinEpisode = aliceEpisode,
            Child = alice,
            Date = D(2026, 4, 2),
            CscTookPart = true,
            PoliceTookPart = true,
            HealthTookPart = true,
            Decision = StrategyDecision.Section47Enquiry,
        };
        db.Section47Enquiries.Add(new Section47Enquiry
        {
            CinEpisode = aliceEpisode,
            Child = alice,
            StrategyDiscussion = strategy,
            StartDate = D(2026, 4, 2),
            DateOfInitialCpc = D(2026, 4, 20),
            Outcome = Section47Outcome.ChildProtectionPlan,
        });
        var plan = new ChildProtectionPlan
        {
            CinEpisode = aliceEpisode,
            Child = alice,
            StartDate = D(2026, 4, 20),
            InitialCategory = "NEG",
            LatestCategory = "EMO",
        };
        plan.Reviews.Add(new CpReviewConference { Date = D(2026, 6, 15) });
        db.ChildProtectionPlans.Add(plan);
        db.Visits.AddRange(
            Visit(alice, VisitKind.ChildProtection, D(2026, 6, 10), seenAlone: false),
            Visit(alice, VisitKind.ChildProtection, D(2026, 6, 24), seenAlone: true));
        db.LegalOrders.Add(new LegalOrder { Child = alice, Kind = LegalOrderKind.EmergencyProtectionOrder, DateMade = D(2026, 4, 1) });
        db.Allocations.Add(new Allocation { Child = alice, Team = assessmentTeam, Worker = sam, StartDate = D(2026, 3, 11) });

        // Ben: in care throughout, placement changed in the window (2 placements in 12 months), with reviews, visits,
        // health checks, a missing and an absent episode in the window and a missing episode before it.
        Child ben = NewChild(db, Ben, "M", "BCRB", D(2012, 7, 20));
        db.CinEpisodes.Add(new CinEpisode { Child = ben, ReferralDate = D(2023, 12, 1), ReferralSource = "6", PrimaryNeedCode = "N4" });
        var benCare = new PeriodOfCare { Child = ben, StartDate = D(2024, 1, 10), PermanencePlan = "Long-term fostering" };
        benCare.Episodes.Add(Episode(ben, D(2024, 1, 10), "S", "V2", "N4", "U6", "PR1", D(2024, 9, 1), "X1", "302"));
        benCare.Episodes.Add(Episode(ben, D(2024, 9, 1), "L", "C2", "N4", "U6", "PR1", D(2025, 10, 1), "X1", "302"));
        CareEpisode benNow = Episode(ben, D(2025, 10, 1), "P", "C2", "N4", "U4", "PR4", null, null, "302");
        benNow.PlacementPostcode = "EN5 1AA";
        benNow.PlacementUrn = "SC123456";
        benCare.Episodes.Add(benNow);
        db.PeriodsOfCare.Add(benCare);
        db.LacReviews.AddRange(new LacReview { Child = ben, Date = D(2026, 5, 1) }, new LacReview { Child = ben, Date = D(2025, 11, 1) });
        db.Visits.Add(Visit(ben, VisitKind.LookedAfter, D(2026, 6, 1), seenAlone: true));
        db.IroAllocations.Add(new IroAllocation { Child = ben, Iro = iro, StartDate = D(2024, 1, 12), LastContactDate = D(2026, 5, 1) });
        db.HealthAssessments.AddRange(
            new HealthAssessment { Child = ben, Kind = HealthAssessmentKind.Initial, Date = D(2024, 2, 1) },
            new HealthAssessment { Child = ben, Kind = HealthAssessmentKind.Review, Date = D(2026, 2, 1) },
            new HealthAssessment { Child = ben, Kind = HealthAssessmentKind.Dental, Date = D(2026, 3, 1) });
        db.MissingEpisodes.AddRange(
            new MissingEpisode { Child = ben, Kind = MissingKind.Missing, StartDate = D(2025, 4, 1), RhiOfferedAt = null },
            new MissingEpisode
            {
                Child = ben,
                Kind = MissingKind.Missing,
                StartDate = D(2026, 5, 1),
                EndDate = D(2026, 5, 2),
                RhiOfferedAt = T(2026, 5, 2),
                RhiAccepted = true,
            },
            new MissingEpisode { Child = ben, Kind = MissingKind.Absent, StartDate = D(2026, 5, 10) });
        db.Allocations.Add(new Allocation { Child = ben, Team = careTeam, Worker = cleo, StartDate = D(2024, 1, 10) });

        // Cara left care 11 months before the as-of date (in list 8); Dev 13 months before (not in list 8).
        Child cara = NewChild(db, Cara, "F", "MWBC", D(2010, 2, 2));
        var caraCare = new PeriodOfCare { Child = cara, StartDate = D(2024, 2, 1), EndDate = D(2025, 7, 30) };
        caraCare.Episodes.Add(Episode(cara, D(2024, 2, 1), "S", "V2", "N5", "U6", "PR1", D(2025, 7, 30), "E4A", "304"));
        db.PeriodsOfCare.Add(caraCare);
        Child dev = NewChild(db, Dev, "M", "WBRI", D(2009, 9, 9));
        var devCare = new PeriodOfCare { Child = dev, StartDate = D(2023, 1, 1), EndDate = D(2025, 5, 30) };
        devCare.Episodes.Add(Episode(dev, D(2023, 1, 1), "S", "V2", "N5", "U6", "PR1", D(2025, 5, 30), "E4A", "302"));
        db.PeriodsOfCare.Add(devCare);

        // Eve: a care leaver aged 19 with two statuses (the latest is listed). Fred: a care leaver aged 27 (not listed).
        Child eve = NewChild(db, Eve, "F", "AOTH", D(2007, 1, 15));
        eve.IsUasc = true;
        var eveLeaver = new CareLeaver
        {
            Child = eve,
            Eligibility = CareLeaverEligibility.FormerRelevant,
            PersonalAdviser = pat,
            LatestPathwayPlanReviewDate = D(2026, 4, 1),
        };
        eveLeaver.Statuses.Add(new CareLeaverStatus { Child = eve, RecordedOn = D(2025, 1, 15), InTouch = "NO", Accommodation = "B" });
        eveLeaver.Statuses.Add(new CareLeaverStatus
        {
            Child = eve,
            RecordedOn = D(2026, 1, 15),
            InTouch = "YES",
            Accommodation = "U",
            AccommodationSuitable = true,
            Activity = "G5",
            LatestContactDate = D(2026, 5, 20),
        });
        db.CareLeavers.Add(eveLeaver);
        db.Allocations.Add(new Allocation { Child = eve, Team = leavingCareTeam, Worker = pat, StartDate = D(2025, 1, 15) });
        Child fred = NewChild(db, Fred, "M", "WBRI", D(1999, 1, 1));
        db.CareLeavers.Add(new CareLeaver { Child = fred, Eligibility = CareLeaverEligibility.FormerRelevant });

        // Gina: an adoption decision, placement order, match and placement in the window (in list 10, and in care).
        // Hugo: adopted before the window (not in list 10).
        Child gina = NewChild(db, Gina, "F", "WBRI", D(2022, 5, 5));
        var ginaCare = new PeriodOfCare { Child = gina, StartDate = D(2023, 1, 1), PermanencePlan = "Adoption" };
        ginaCare.Episodes.Add(Episode(gina, D(2023, 1, 1), "S", "C1", "N1", "U6", "PR1", D(2025, 11, 1), "X1", "302"));
        ginaCare.Episodes.Add(Episode(gina, D(2025, 11, 1), "L", "E1", "N1", "U6", "PR1", null, null, "302"));
        db.PeriodsOfCare.Add(ginaCare);
        db.AdoptionDecisions.Add(new AdoptionDecision { Child = gina, DecisionDate = D(2025, 9, 1) });
        db.Adoptions.Add(new Adoption { Child = gina, FamilyIdentifier = "FAM-1", DateMatched = D(2026, 2, 1), DatePlaced = D(2026, 3, 1) });
        db.LegalOrders.Add(new LegalOrder { Child = gina, Kind = LegalOrderKind.PlacementOrder, DateMade = D(2025, 11, 1) });
        Child hugo = NewChild(db, Hugo, "M", "WBRI", D(2020, 1, 1));
        var hugoCare = new PeriodOfCare { Child = hugo, StartDate = D(2021, 1, 1), EndDate = D(2024, 12, 1) };
        hugoCare.Episodes.Add(Episode(hugo, D(2021, 1, 1), "S", "E1", "N1", "A5", "PR1", D(2024, 12, 1), "E11", "302"));
        db.PeriodsOfCare.Add(hugoCare);
        db.AdoptionDecisions.Add(new AdoptionDecision { Child = hugo, DecisionDate = D(2023, 6, 1) });
        db.Adoptions.Add(new Adoption { Child = hugo, DateMatched = D(2024, 1, 1), DatePlaced = D(2024, 2, 1), AdoptionOrderDate = D(2024, 12, 1) });

        // A child whose identifier a spreadsheet would run as a formula, with a contact in the window.
        Child formula = NewChild(db, FormulaChild, "F", "WBRI", D(2018, 1, 1));
        db.Contacts.Add(new Contact { Child = formula, ReceivedAt = T(2026, 5, 1), Source = "9" });

        // Ivy: an early help assessment in the window and one long before it.
        Child ivy = NewChild(db, Ivy, "F", "WIRI", D(2019, 4, 4));
        db.EarlyHelpEpisodes.AddRange(
            new EarlyHelpEpisode { Child = ivy, StartDate = D(2026, 2, 1), AssessmentCompletionDate = D(2026, 2, 20), LeadAgency = "Top Town Academy" },
            new EarlyHelpEpisode { Child = ivy, StartDate = D(2025, 6, 1), AssessmentCompletionDate = D(2025, 6, 20), EndDate = D(2025, 9, 1) });

        // Dan: a referral in the 12-month window closed in the 6-month window (lists 3 and 6), and one exactly 13 months
        // before the as-of date (not in list 3). Ed: a referral in list 3 whose episode closed before list 6's window.
        Child dan = NewChild(db, Dan, "M", "AIND", D(2011, 11, 11));
        dan.Disabilities.Add(new ChildDisability { Code = "NONE" });
        db.CinEpisodes.AddRange(
            new CinEpisode
            {
                Child = dan,
                ReferralDate = D(2025, 5, 30),
                ReferralSource = "1A",
                PrimaryNeedCode = "N5",
                ClosureDate = D(2025, 6, 10),
                ReasonForClosure = "RC8",
            },
            new CinEpisode
            {
                Child = dan,
                ReferralDate = D(2025, 10, 1),
                ReferralSource = "3A",
                PrimaryNeedCode = "N5",
                ClosureDate = D(2026, 2, 1),
                ReasonForClosure = "RC8",
            });
        db.Allocations.Add(new Allocation { Child = dan, Team = assessmentTeam, Worker = sam, StartDate = D(2025, 10, 1), EndDate = D(2026, 2, 1) });
        Child ed = NewChild(db, Ed, "M", "WBRI", D(2013, 3, 3));
        db.CinEpisodes.Add(new CinEpisode
        {
            Child = ed,
            ReferralDate = D(2025, 8, 1),
            ReferralSource = "4",
            PrimaryNeedCode = "N7",
            ClosureDate = D(2025, 11, 1),
            ReasonForClosure = "RC7",
        });

        // Adopters: one in the process, one who left in the window (listed), one who left long ago (not listed).
        db.ProspectiveAdopters.AddRange(
            new ProspectiveAdopter
            {
                AdopterIdentifier = "ADP-1",
                FamilyIdentifier = "FAM-1",
                Sex = "F",
                Ethnicity = "WBRI",
                HasDisability = false,
                FosteringForAdoption = true,
                EnquiryDate = D(2025, 10, 1),
                Stage1StartDate = D(2025, 11, 1),
            },
            new ProspectiveAdopter
            {
                AdopterIdentifier = "ADP-LEFT",
                Sex = "M",
                Ethnicity = "BAFR",
                FosteringForAdoption = false,
                EnquiryDate = D(2025, 1, 1),
                LeftProcessDate = D(2025, 12, 1),
                LeftProcessReason = "Adopter withdrew from process",
            },
            new ProspectiveAdopter
            {
                AdopterIdentifier = "ADP-OLD",
                Sex = "F",
                Ethnicity = "WBRI",
                EnquiryDate = D(2023, 1, 1),
                LeftProcessDate = D(2024, 3, 1),
                LeftProcessReason = "1",
            });

        for (int i = 0; i < extraChildren; i++)
        {
            AddBusyChild(db, $"X{i:000}", assessmentTeam, sam, iro, pat);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A child in every list at once, so the query-count test can grow the borough.</summary>
    private static void AddBusyChild(AppDbContext db, string id, Team team, Worker worker, Worker iro, Worker adviser)
    {
        Child child = NewChild(db, id, "M", "WBRI", D(2009, 1, 1));
        child.Disabilities.Add(new ChildDisability { Code = "HAND" });
        db.Contacts.Add(new Contact { Child = child, ReceivedAt = T(2026, 4, 1), Source = "6" });
        db.EarlyHelpEpisodes.Add(new EarlyHelpEpisode { Child = child, StartDate = D(2026, 1, 5), Team = team });
        var episode = new CinEpisode { Child = child, ReferralDate = D(2026, 4, 2), ReferralSource = "6", PrimaryNeedCode = "N1" };
        db.CinEpisodes.Add(episode);
        db.Assessments.Add(new Assessment { CinEpisode = episode, Child = child, StartDate = D(2026, 4, 3) });
        db.Section47Enquiries.Add(new Section47Enquiry { CinEpisode = episode, Child = child, StartDate = D(2026, 4, 4), DateOfInitialCpc = D(2026, 4, 20) });
        var plan = new ChildProtectionPlan { CinEpisode = episode, Child = child, StartDate = D(2026, 4, 20), InitialCategory = "PHY", LatestCategory = "PHY" };
        plan.Reviews.Add(new CpReviewConference { Date = D(2026, 6, 1) });
        db.ChildProtectionPlans.Add(plan);
        db.Visits.Add(Visit(child, VisitKind.ChildProtection, D(2026, 6, 2), seenAlone: true));
        var care = new PeriodOfCare { Child = child, StartDate = D(2025, 1, 1) };
        care.Episodes.Add(Episode(child, D(2025, 1, 1), "S", "V2", "N1", "U6", "PR1", D(2026, 1, 1), "X1", "302"));
        care.Episodes.Add(Episode(child, D(2026, 1, 1), "P", "V2", "N1", "K2", "PR4", null, null, "301"));
        db.PeriodsOfCare.Add(care);
        db.LacReviews.Add(new LacReview { Child = child, Date = D(2026, 2, 1) });
        db.Visits.Add(Visit(child, VisitKind.LookedAfter, D(2026, 2, 2), seenAlone: false));
        db.IroAllocations.Add(new IroAllocation { Child = child, Iro = iro, StartDate = D(2025, 1, 2), LastContactDate = D(2026, 2, 1) });
        db.HealthAssessments.Add(new HealthAssessment { Child = child, Kind = HealthAssessmentKind.Review, Date = D(2026, 1, 1) });
        db.MissingEpisodes.Add(new MissingEpisode { Child = child, Kind = MissingKind.Missing, StartDate = D(2026, 3, 1) });
        var leaver = new CareLeaver { Child = child, Eligibility = CareLeaverEligibility.Relevant, PersonalAdviser = adviser };
        leaver.Statuses.Add(new CareLeaverStatus { Child = child, RecordedOn = D(2026, 1, 1), InTouch = "YES" });
        db.CareLeavers.Add(leaver);
        db.AdoptionDecisions.Add(new AdoptionDecision { Child = child, DecisionDate = D(2026, 2, 1) });
        db.Adoptions.Add(new Adoption { Child = child, DateMatched = D(2026, 3, 1) });
        db.Allocations.Add(new Allocation { Child = child, Team = team, Worker = worker, StartDate = D(2026, 4, 2) });
    }

    private static Child NewChild(AppDbContext db, string id, string sex, string ethnicity, DateOnly dateOfBirth)
    {
        var child = new Child
        {
            LaChildId = id,
            FirstName = "Test",
            LastName = id.Length > 20 ? "Formula" : id,
            Sex = sex,
            Ethnicity = ethnicity,
            DateOfBirth = dateOfBirth,
        };
        db.Children.Add(child);
        return child;
    }

    private static Worker Staff(string number, string first, string last, WorkerRole role, Team team) => new()
    {
        StaffNumber = number,
        FirstName = first,
        LastName = last,
        Role = role,
        Team = team,
        StartDate = D(2020, 1, 1),
        IsCaseHolding = true,
    };

    private static Visit Visit(Child child, VisitKind kind, DateOnly date, bool seenAlone) => new()
    {
        Child = child,
        Kind = kind,
        VisitDate = date,
        RecordedAt = date.ToDateTime(new TimeOnly(17, 0)),
        ChildSeen = true,
        SeenAlone = seenAlone,
    };

    private static CareEpisode Episode(
        Child child, DateOnly start, string reason, string legalStatus, string need, string placement, string provider, DateOnly? end,
        string? reasonCeased, string placementLa) => new()
        {
            Child = child,
            StartDate = start,
            ReasonForNewEpisode = reason,
            LegalStatus = legalStatus,
            CategoryOfNeed = need,
            PlacementType = placement,
            PlacementProvider = provider,
            EndDate = end,
            ReasonEpisodeCeased = reasonCeased,
            PlacementLocalAuthority = placementLa,
        };
}

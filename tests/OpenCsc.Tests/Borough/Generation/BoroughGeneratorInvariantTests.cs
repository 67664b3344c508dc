using System.Reflection;
using OpenCsc.Borough;
using OpenCsc.Borough.Generation;
using OpenCsc.Calendar;
using OpenCsc.CareLeavers;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.Tests.Borough.Generation;

/// <summary>Consistency of a generated 10,000-child borough with 3 years of history.</summary>
public class BoroughGeneratorInvariantTests
{
    private static InMemoryRowSink Rows => GeneratedBorough.TenThousand.Rows;

    private static DateOnly AsOf => GeneratedBorough.AsOf;

    [Fact]
    public void EveryCinEpisode_HasAReferralContactPointingAtIt()
    {
        var referred = Rows.Rows<Contact>()
            .Where(c => c.Outcome == ContactOutcome.Referral && c.CinEpisodeId is not null)
            .Select(c => c.CinEpisodeId!.Value)
            .ToHashSet();
        IReadOnlyList<CinEpisode> episodes = Rows.Rows<CinEpisode>();

        Assert.NotEmpty(episodes);
        Assert.All(episodes, e => Assert.Contains(e.Id, referred));
    }

    [Fact]
    public void NothingIsDated_AfterTheAsOfDate_ExceptTargets()
    {
        DateTime endOfAsOf = AsOf.ToDateTime(new TimeOnly(23, 59, 59));
        var late = new List<string>();
        foreach (Entity row in Rows.AllRows())
        {
            foreach (PropertyInfo property in DateProperties(row.GetType()))
            {
                object? value = property.GetValue(row);
                bool after = value switch
                {
                    DateOnly date => date > AsOf,
                    DateTime time => time > endOfAsOf,
                    _ => false,
                };
                if (after)
                {
                    late.Add($"{row.GetType().Name} {row.Id} {property.Name} = {value}");
                }
            }
        }

        Assert.Empty(late);
    }

    [Fact]
    public void CareEpisodes_AreContiguousAndOrderedWithinTheirPeriod()
    {
        ILookup<long, CareEpisode> byPeriod = Rows.Rows<CareEpisode>().ToLookup(e => e.PeriodOfCareId);
        IReadOnlyList<PeriodOfCare> periods = Rows.Rows<PeriodOfCare>();

        Assert.NotEmpty(periods);
        foreach (PeriodOfCare period in periods)
        {
            var episodes = byPeriod[period.Id].OrderBy(e => e.StartDate).ThenBy(e => e.Id).ToList();
            Assert.NotEmpty(episodes);
            Assert.Equal(period.StartDate, episodes[0].StartDate);
            Assert.Equal("S", episodes[0].ReasonForNewEpisode);
            for (int i = 1; i < episodes.Count; i++)
            {
                Assert.NotEqual("S", episodes[i].ReasonForNewEpisode);
                Assert.Equal(episodes[i - 1].EndDate, episodes[i].StartDate);
                Assert.Equal("X1", episodes[i - 1].ReasonEpisodeCeased);
                Assert.True(episodes[i].StartDate > episodes[i - 1].StartDate, $"period {period.Id}: episodes out of order");
            }

            Assert.Equal(period.EndDate, episodes[^1].EndDate);
            Assert.Equal(period.EndDate is null, episodes[^1].ReasonEpisodeCeased is null);
            Assert.NotEqual("X1", episodes[^1].ReasonEpisodeCeased);
        }
    }

    [Fact]
    public void PlacementChanges_RecordAReason_AndLegalChangesKeepThePlacement()
    {
        var episodes = Rows.Rows<CareEpisode>().OrderBy(e => e.PeriodOfCareId).ThenBy(e => e.StartDate).ToList();
        for (int i = 1; i < episodes.Count; i++)
        {
            CareEpisode previous = episodes[i - 1];
            CareEpisode current = episodes[i];
            if (previous.PeriodOfCareId != current.PeriodOfCareId)
            {
                continue;
            }

            switch (current.ReasonForNewEpisode)
            {
                case "L":
                    Assert.NotEqual(previous.LegalStatus, current.LegalStatus);
                    Assert.Equal(previous.PlacementType, current.PlacementType);
                    Assert.Null(previous.ReasonForPlacementChange);
                    break;
                case "P":
                    Assert.Equal(previous.LegalStatus, current.LegalStatus);
                    Assert.NotNull(previous.ReasonForPlacementChange);
                    break;
                case "T":
                    Assert.NotEqual(previous.LegalStatus, current.LegalStatus);
                    Assert.NotNull(previous.ReasonForPlacementChange);
                    break;
            }
        }
    }

    [Fact]
    public void Assessments_AuthorisedWithin45WorkingDays_AboutAsInTheSeed()
    {
        WorkingDayCalendar calendar = WorkingDayCalendar.EnglandAndWales();
        var authorised = Rows.Rows<Assessment>().Where(a => a.AuthorisationDate is not null).ToList();

        double share = authorised.Count(a => calendar.WorkingDaysBetween(a.StartDate, a.AuthorisationDate!.Value) <= 45) / (double)authorised.Count;

        Assert.InRange(share, 0.45, 0.70);
    }

    [Fact]
    public void StrategyDiscussions_WithAllThreeAgencies_AboutAsInTheSeed()
    {
        IReadOnlyList<StrategyDiscussion> discussions = Rows.Rows<StrategyDiscussion>();

        double share = discussions.Count(d => d.IsWorkingTogetherCompliant) / (double)discussions.Count;

        Assert.InRange(share, 0.55, 0.80);
        Assert.All(discussions.Where(d => !d.IsWorkingTogetherCompliant), d => Assert.False(string.IsNullOrEmpty(d.AbsentAgencyReason)));
    }

    [Fact]
    public void ChildrenLookedAfter_AtTheAsOfDate_AtAPlausibleRate()
    {
        int open = Rows.Rows<PeriodOfCare>().Count(p => p.EndDate is null);

        double ratePer10000 = open * 10_000.0 / 10_000;

        Assert.InRange(ratePer10000, 20, 50);
    }

    [Fact]
    public void ChildProtectionPlans_NeglectIsTheMostCommonCategory()
    {
        var byCategory = Rows.Rows<ChildProtectionPlan>().GroupBy(p => p.InitialCategory).OrderByDescending(g => g.Count()).ToList();

        Assert.Equal("NEG", byCategory[0].Key);
    }

    [Fact]
    public void ChildProtectionPlans_DoNotOverlapForAChild_AndLieWithinTheirEpisode()
    {
        Dictionary<long, CinEpisode> episodes = Rows.Rows<CinEpisode>().ToDictionary(e => e.Id);
        foreach (IGrouping<long, ChildProtectionPlan> child in Rows.Rows<ChildProtectionPlan>().GroupBy(p => p.ChildId))
        {
            var plans = child.OrderBy(p => p.StartDate).ToList();
            Assert.True(plans.Count(p => p.EndDate is null) <= 1);
            for (int i = 1; i < plans.Count; i++)
            {
                Assert.True(plans[i - 1].EndDate is { } end && end <= plans[i].StartDate, $"child {child.Key}: overlapping CP plans");
            }

            foreach (ChildProtectionPlan plan in plans)
            {
                CinEpisode episode = episodes[plan.CinEpisodeId];
                Assert.True(plan.StartDate >= episode.ReferralDate);
                Assert.True(episode.ClosureDate is null || (plan.EndDate is { } end && end <= episode.ClosureDate));
            }
        }
    }

    [Fact]
    public void CinEpisodes_DoNotOverlapForAChild_AndCloseWithAReason()
    {
        foreach (IGrouping<long, CinEpisode> child in Rows.Rows<CinEpisode>().GroupBy(e => e.ChildId))
        {
            var episodes = child.OrderBy(e => e.ReferralDate).ThenBy(e => e.Id).ToList();
            Assert.True(episodes.Count(e => e.ClosureDate is null) <= 1);
            for (int i = 1; i < episodes.Count; i++)
            {
                Assert.True(episodes[i - 1].ClosureDate is { } closed && closed <= episodes[i].ReferralDate, $"child {child.Key}: overlapping episodes");
            }

            Assert.All(episodes, e => Assert.Equal(e.ClosureDate is null, e.ReasonForClosure is null));
        }
    }

    [Fact]
    public void AssessmentsAndEnquiries_LieWithinTheirEpisode_AndEnquiriesFollowTheirStrategyDiscussion()
    {
        Dictionary<long, CinEpisode> episodes = Rows.Rows<CinEpisode>().ToDictionary(e => e.Id);
        Dictionary<long, StrategyDiscussion> discussions = Rows.Rows<StrategyDiscussion>().ToDictionary(d => d.Id);
        foreach (Assessment assessment in Rows.Rows<Assessment>())
        {
            CinEpisode episode = episodes[assessment.CinEpisodeId];
            Assert.True(assessment.StartDate >= episode.ReferralDate);
            if (episode.ClosureDate is { } closed)
            {
                Assert.True(assessment.AuthorisationDate is { } done && done <= closed, $"assessment {assessment.Id} not authorised by closure");
            }
        }

        foreach (Section47Enquiry enquiry in Rows.Rows<Section47Enquiry>())
        {
            StrategyDiscussion discussion = discussions[enquiry.StrategyDiscussionId!.Value];
            Assert.Equal(enquiry.CinEpisodeId, discussion.CinEpisodeId);
            Assert.Equal(StrategyDecision.Section47Enquiry, discussion.Decision);
            Assert.Equal(discussion.Date, enquiry.StartDate);
            Assert.True(enquiry.DateOfInitialCpc is null || enquiry.DateOfInitialCpc >= enquiry.StartDate);
        }
    }

    [Fact]
    public void EveryOpenCase_HasACurrentAllocation()
    {
        var allocated = Rows.Rows<Allocation>().Where(a => a.StartDate <= AsOf && a.EndDate is null).Select(a => a.ChildId).ToHashSet();
        var open = Rows.Rows<CinEpisode>().Where(e => e.ClosureDate is null).Select(e => e.ChildId)
            .Concat(Rows.Rows<PeriodOfCare>().Where(p => p.EndDate is null).Select(p => p.ChildId))
            .Distinct()
            .ToList();

        Assert.NotEmpty(open);
        Assert.All(open, child => Assert.Contains(child, allocated));
    }

    [Fact]
    public void Allocations_AreContiguousPerChild_AndReallocateWhenWorkersLeave()
    {
        foreach (IGrouping<long, Allocation> child in Rows.Rows<Allocation>().GroupBy(a => a.ChildId))
        {
            Assert.True(child.Count(a => a.EndDate is null) <= 1, $"child {child.Key} has two current allocations");
        }

        Dictionary<long, Worker> workers = Rows.Rows<Worker>().ToDictionary(w => w.Id);
        int reallocatedOnLeaving = Rows.Rows<Allocation>()
            .Count(a => a.WorkerId is { } w && workers[w].EndDate is { } left && a.EndDate == left);

        Assert.True(reallocatedOnLeaving > 0);
    }

    [Fact]
    public void SocialWorkerEpisodes_ChainPerChild_TheLatestOpen_EachWithAReasonAndAnSwOrXxId()
    {
        // SSDA903 SW08STG2, SW17STG2, SW13STG1 and SW02STG1: an episode ends the day the next begins, the child's
        // latest stays open, every episode carries the reason for the change that began it.
        IReadOnlyList<SocialWorkerEpisode> episodes = Rows.Rows<SocialWorkerEpisode>();
        Assert.NotEmpty(episodes);
        foreach (var child in episodes.GroupBy(e => e.ChildId))
        {
            var ordered = child.OrderBy(e => e.StartDate).ToList();
            for (int i = 0; i + 1 < ordered.Count; i++)
            {
                Assert.Equal(ordered[i + 1].StartDate, ordered[i].EndDate);
                Assert.True(ordered[i].EndDate > ordered[i].StartDate);
            }

            Assert.Null(ordered[^1].EndDate);
        }

        Assert.All(episodes, e => Assert.Contains(e.ReasonForChange, new[] { "MANAGE", "LEFTRL", "TSPROC", "OTHERS" }));
        Assert.All(episodes, e => Assert.Matches("^(SW|XX)[0-9]{6}$", e.SocialWorkerId));
        Assert.All(Rows.Rows<Worker>(), w => Assert.Matches("^(SW|XX)[0-9]{6}$", w.StaffNumber));
    }

    [Fact]
    public void Identifiers_NhsNumbersPassModulus11_AndUpnsCarryTheirCheckLetter()
    {
        IReadOnlyList<Child> children = Rows.Rows<Child>();

        Assert.All(children, c => Assert.True(SyntheticIdentifiers.IsValidNhsNumber(c.NhsNumber), c.NhsNumber));
        Assert.All(children.Where(c => c.Upn is not null), c => Assert.True(SyntheticIdentifiers.IsValidUpn(c.Upn), c.Upn));
        Assert.All(children.Where(c => c.Upn is not null), c => Assert.Equal(BoroughGenerator.UpnLaNumber, c.Upn![1..4]));
        Assert.All(children, c => Assert.True(c.Upn is not null ^ c.UpnUnknownReason is not null));
        Assert.Equal(children.Count, children.Select(c => c.LaChildId).Distinct().Count());
    }

    [Fact]
    public void ForeignKeys_PointAtRowsThatExist_AndKeysRunFromOne()
    {
        var ids = new Dictionary<Type, HashSet<long>>();
        foreach (Entity row in Rows.AllRows())
        {
            if (!ids.TryGetValue(row.GetType(), out HashSet<long>? set))
            {
                set = [];
                ids[row.GetType()] = set;
            }

            Assert.True(set.Add(row.Id), $"{row.GetType().Name} {row.Id} twice");
        }

        foreach ((Type type, HashSet<long> set) in ids)
        {
            Assert.Equal(set.Count, set.Max());
        }

        void References<T>(Func<T, long?> key, Type principal)
            where T : Entity
        {
            foreach (T row in Rows.Rows<T>())
            {
                if (key(row) is { } id)
                {
                    Assert.True(ids[principal].Contains(id), $"{typeof(T).Name} {row.Id} points at a missing {principal.Name} {id}");
                }
            }
        }

        References<Contact>(c => c.CinEpisodeId, typeof(CinEpisode));
        References<Contact>(c => c.DecidedById, typeof(Worker));
        References<Assessment>(a => a.CinEpisodeId, typeof(CinEpisode));
        References<Assessment>(a => a.WorkerId, typeof(Worker));
        References<Assessment>(a => a.AuthorisedById, typeof(Worker));
        References<AssessmentFactor>(f => f.AssessmentId, typeof(Assessment));
        References<Section47Enquiry>(s => s.StrategyDiscussionId, typeof(StrategyDiscussion));
        References<CpReviewConference>(r => r.ChildProtectionPlanId, typeof(ChildProtectionPlan));
        References<CoreGroupMeeting>(r => r.ChildProtectionPlanId, typeof(ChildProtectionPlan));
        References<CareEpisode>(e => e.PeriodOfCareId, typeof(PeriodOfCare));
        References<CareLeaverStatus>(s => s.CareLeaverId, typeof(CareLeaver));
        References<CareLeaver>(c => c.PersonalAdviserId, typeof(Worker));
        References<Allocation>(a => a.WorkerId, typeof(Worker));
        References<Allocation>(a => a.TeamId, typeof(Team));
        References<Allocation>(a => a.ChildId, typeof(Child));
        References<Visit>(v => v.ChildId, typeof(Child));
        References<Visit>(v => v.WorkerId, typeof(Worker));
        References<LacReview>(r => r.IroId, typeof(Worker));
        References<IroAllocation>(r => r.IroId, typeof(Worker));
        References<SocialWorkerEpisode>(s => s.WorkerId, typeof(Worker));
        References<Worker>(w => w.ManagerId, typeof(Worker));
        References<Worker>(w => w.TeamId, typeof(Team));
        References<Team>(t => t.ServiceId, typeof(Service));
        References<Service>(s => s.HeadOfServiceId, typeof(Worker));
    }

    [Fact]
    public void ManagersAreAddedBeforeTheWorkersTheyManage()
    {
        var seen = new HashSet<long>();
        foreach (Worker worker in Rows.Rows<Worker>())
        {
            Assert.True(worker.ManagerId is null || seen.Contains(worker.ManagerId.Value), $"worker {worker.Id} before its manager");
            seen.Add(worker.Id);
        }
    }

    [Fact]
    public void Authority_IsTheDemoBorough_WithAPopulationEstimatePerYear()
    {
        Authority authority = Assert.Single(Rows.Rows<Authority>());

        Assert.True(authority.IsDemo);
        Assert.Equal("999", authority.LaCode);
        Assert.Equal([2023, 2024, 2025, 2026], Rows.Rows<PopulationEstimate>().Select(p => p.Year));
        Assert.All(Rows.Rows<PopulationEstimate>(), p => Assert.Equal(10_000, p.Children));
    }

    [Fact]
    public void Codes_AreFromTheDfEListsForTheLatestYear()
    {
        string[] placements = ["A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14"];
        string[] reasons = ["X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E9", "E14", "E15", "E16", "E17", "E8"];
        string[] legal = ["C1", "C2", "D1", "E1", "V2", "L1", "L2", "L3", "J1", "J2", "J3"];
        string[] closures = ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"];
        string[] disabilities = ["NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"];

        Assert.All(Rows.Rows<CareEpisode>(), e => Assert.Contains(e.PlacementType, placements));
        Assert.All(Rows.Rows<CareEpisode>().Where(e => e.ReasonEpisodeCeased is not null), e => Assert.Contains(e.ReasonEpisodeCeased, reasons));
        Assert.All(Rows.Rows<CareEpisode>(), e => Assert.Contains(e.LegalStatus, legal));
        Assert.All(Rows.Rows<CinEpisode>().Where(e => e.ReasonForClosure is not null), e => Assert.Contains(e.ReasonForClosure, closures));
        Assert.All(Rows.Rows<ChildDisability>(), d => Assert.Contains(d.Code, disabilities));
        Assert.All(Rows.Rows<LacReview>(), r => Assert.Matches("^PN[0-7]$", r.ParticipationCode));
    }

    [Fact]
    public void Visits_SomeRecordedLate()
    {
        IReadOnlyList<Visit> visits = Rows.Rows<Visit>();

        double late = visits.Count(v => DateOnly.FromDateTime(v.RecordedAt) > v.VisitDate) / (double)visits.Count;

        Assert.InRange(late, 0.05, 0.40);
        Assert.Contains(visits, v => v.Kind == VisitKind.ChildProtection);
        Assert.Contains(visits, v => v.Kind == VisitKind.LookedAfter);
    }

    private static IEnumerable<PropertyInfo> DateProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p =>
            p.Name is not (nameof(Entity.CreatedAt) or nameof(Entity.UpdatedAt) or nameof(Section47Enquiry.InitialCpcTarget))
            && (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) is var t && (t == typeof(DateOnly) || t == typeof(DateTime)));
}

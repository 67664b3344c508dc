using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;

namespace OpenCsc.Web.Pages.Children;

/// <summary>The kinds of event a chronology can be filtered by.</summary>
public enum ChronologyType
{
    Contacts,
    Referrals,
    EarlyHelp,
    Allocations,
    Assessments,
    StrategyDiscussions,
    Section47Enquiries,
    ChildProtectionPlans,
    CoreGroups,
    CinPlans,
    Care,
    LacReviews,
    Health,
    Missing,
    Visits,
    LegalOrders,
    CareLeaver,
    Supervision,
}

/// <summary>One event in a child's journey. Stage orders events of the same day as the journey runs.</summary>
public sealed record ChronologyEvent(
    DateOnly Date,
    TimeOnly? Time,
    int Stage,
    ChronologyType Type,
    string Title,
    IReadOnlyList<string> Details);

public static class ChronologyTypes
{
    /// <summary>Each type with its query-string key and its label, in the order the filter lists them.</summary>
    public static IReadOnlyList<(ChronologyType Type, string Key, string Label)> All { get; } =
    [
        (ChronologyType.Contacts, "contacts", "Contacts"),
        (ChronologyType.Referrals, "referrals", "Referrals and closures"),
        (ChronologyType.EarlyHelp, "early-help", "Early help"),
        (ChronologyType.Allocations, "allocations", "Allocations"),
        (ChronologyType.Assessments, "assessments", "Assessments"),
        (ChronologyType.StrategyDiscussions, "strategy-discussions", "Strategy discussions"),
        (ChronologyType.Section47Enquiries, "section-47", "Section 47 enquiries and ICPCs"),
        (ChronologyType.ChildProtectionPlans, "cp-plans", "Child protection plans and reviews"),
        (ChronologyType.CoreGroups, "core-groups", "Core groups"),
        (ChronologyType.CinPlans, "cin-plans", "Child in need plans"),
        (ChronologyType.Care, "care", "Periods of care and episodes"),
        (ChronologyType.LacReviews, "cla-reviews", "Looked-after reviews"),
        (ChronologyType.Health, "health", "Health assessments"),
        (ChronologyType.Missing, "missing", "Missing episodes and return home interviews"),
        (ChronologyType.Visits, "visits", "Visits"),
        (ChronologyType.LegalOrders, "legal-orders", "Legal orders"),
        (ChronologyType.CareLeaver, "care-leaver", "Care leaver statuses"),
        (ChronologyType.Supervision, "supervision", "Decisions in supervision"),
    ];

    public static string Key(ChronologyType type) => All.First(t => t.Type == type).Key;

    public static string Label(ChronologyType type) => All.First(t => t.Type == type).Label;

    /// <summary>The types named by the keys; unknown keys are ignored.</summary>
    public static IReadOnlySet<ChronologyType> Parse(IEnumerable<string?> keys) =>
        All.Where(t => keys.Any(k => string.Equals(k, t.Key, StringComparison.OrdinalIgnoreCase))).Select(t => t.Type).ToHashSet();
}

/// <summary>
/// A child's chronology: one query per event table for the child (on its child_id index), merged in memory and
/// ordered newest first. Only the tables of the types asked for are read.
/// </summary>
public sealed class Chronology(AppDbContext db)
{
    public async Task<IReadOnlyList<ChronologyEvent>> ForChildAsync(
        long childId, IReadOnlySet<ChronologyType> types, CancellationToken cancellationToken = default)
    {
        bool Wanted(ChronologyType type) => types.Count == 0 || types.Contains(type);
        var events = new List<ChronologyEvent>();

        if (Wanted(ChronologyType.Contacts))
        {
            await AddContactsAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.Referrals))
        {
            await AddReferralsAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.EarlyHelp))
        {
            await AddEarlyHelpAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.Allocations))
        {
            await AddAllocationsAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.Assessments))
        {
            await AddAssessmentsAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.StrategyDiscussions))
        {
            await AddStrategyDiscussionsAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.Section47Enquiries))
        {
            await AddSection47EnquiriesAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.ChildProtectionPlans))
        {
            await AddChildProtectionPlansAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.CoreGroups))
        {
            await AddCoreGroupsAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.CinPlans))
        {
            await AddCinPlansAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.Care))
        {
            await AddCareAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.LacReviews))
        {
            await AddLacReviewsAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.Health))
        {
            await AddHealthAssessmentsAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.Missing))
        {
            await AddMissingEpisodesAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.Visits))
        {
            await AddVisitsAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.LegalOrders))
        {
            await AddLegalOrdersAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.CareLeaver))
        {
            await AddCareLeaverStatusesAsync(childId, events, cancellationToken);
        }

        if (Wanted(ChronologyType.Supervision))
        {
            await AddSupervisionDecisionsAsync(childId, events, cancellationToken);
        }

        return events
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.Stage)
            .ThenByDescending(e => e.Time ?? TimeOnly.MinValue)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ToList();
    }

    // Stages: the order of a journey within one day, so that newest first also holds for events on the same date.
    private static class Stage
    {
        public const int Contact = 10;
        public const int Referral = 20;
        public const int EarlyHelpStart = 25;
        public const int Allocation = 30;
        public const int AssessmentStart = 40;
        public const int ChildSeen = 41;
        public const int StrategyDiscussion = 50;
        public const int AssessmentAuthorised = 55;
        public const int Section47 = 60;
        public const int Icpc = 70;
        public const int CinPlanStart = 75;
        public const int CpPlanStart = 80;
        public const int CoreGroup = 85;
        public const int CpReview = 90;
        public const int LegalOrder = 95;
        public const int PeriodOfCareStart = 100;
        public const int CareEpisode = 101;
        public const int Visit = 110;
        public const int LacReview = 120;
        public const int Health = 130;
        public const int MissingStart = 140;
        public const int MissingEnd = 141;
        public const int ReturnHomeInterview = 142;
        public const int CareLeaverStatus = 150;
        public const int SupervisionDecision = 155;
        public const int PlanEnd = 160;
        public const int LegalOrderEnd = 165;
        public const int EarlyHelpEnd = 166;
        public const int PeriodOfCareEnd = 170;
        public const int Closure = 180;
    }

    private static DateOnly DateOf(DateTime value) => DateOnly.FromDateTime(value);

    private static TimeOnly TimeOf(DateTime value) => TimeOnly.FromDateTime(value);

    private async Task AddContactsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var contacts = await db.Contacts.AsNoTracking()
            .Where(x => x.ChildId == childId)
            .Select(x => new
            {
                x.ReceivedAt,
                x.Source,
                x.BragFirst,
                x.BragFinal,
                x.DecisionAt,
                x.Outcome,
                x.Concern,
                x.DecisionRationale,
                DecidedBy = x.DecidedBy == null ? null : x.DecidedBy.FirstName + " " + x.DecidedBy.LastName,
            })
            .ToListAsync(ct);
        foreach (var c in contacts)
        {
            var details = new List<string> { $"Source: {ReferralSources.Codes.Describe(c.Source)}" };
            if (c.Concern is not null)
            {
                details.Add($"Concern: {c.Concern}");
            }

            if (c.BragFirst is { } first)
            {
                details.Add($"BRAG rating: first {JourneyLabels.Of(first)}" + (c.BragFinal is { } final ? $", final {JourneyLabels.Of(final)}" : ""));
            }

            details.Add(c.Outcome is { } outcome ? $"Outcome: {JourneyLabels.Of(outcome)}" : "Outcome: awaiting decision");
            if (c.DecisionAt is { } decidedAt)
            {
                details.Add($"Decided {Formatting.DateTime(decidedAt)}" + (c.DecidedBy is null ? "" : $" by {c.DecidedBy}"));
            }

            if (c.DecisionRationale is not null)
            {
                details.Add($"Rationale: {c.DecisionRationale}");
            }

            events.Add(new ChronologyEvent(DateOf(c.ReceivedAt), TimeOf(c.ReceivedAt), Stage.Contact, ChronologyType.Contacts, "Contact received", details));
        }
    }

    private async Task AddReferralsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var episodes = await db.CinEpisodes.AsNoTracking()
            .Where(e => e.ChildId == childId)
            .Select(e => new { e.ReferralDate, e.ReferralSource, e.PrimaryNeedCode, e.ReferralNfa, e.ClosureDate, e.ReasonForClosure })
            .ToListAsync(ct);
        foreach (var e in episodes)
        {
            var details = new List<string>
            {
                $"Source: {ReferralSources.Codes.Describe(e.ReferralSource)}",
                $"Primary need: {PrimaryNeeds.Codes.Describe(e.PrimaryNeedCode)}",
            };
            if (e.ReferralNfa)
            {
                details.Add("Referral led to no further action");
            }

            events.Add(new ChronologyEvent(e.ReferralDate, null, Stage.Referral, ChronologyType.Referrals, "Referral: CIN episode opened", details));
            if (e.ClosureDate is { } closed)
            {
                events.Add(new ChronologyEvent(closed, null, Stage.Closure, ChronologyType.Referrals, "CIN episode closed",
                    [$"Reason: {ReasonsForClosure.Codes.Describe(e.ReasonForClosure)}"]));
            }
        }
    }

    private async Task AddEarlyHelpAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var episodes = await db.EarlyHelpEpisodes.AsNoTracking()
            .Where(e => e.ChildId == childId)
            .Select(e => new { e.StartDate, e.EndDate, e.EndReason, Team = e.Team == null ? null : e.Team.Name, e.LeadAgency })
            .ToListAsync(ct);
        foreach (var e in episodes)
        {
            var details = new List<string>();
            if (e.Team is not null)
            {
                details.Add($"Team: {e.Team}");
            }

            if (e.LeadAgency is not null)
            {
                details.Add($"Lead agency: {e.LeadAgency}");
            }

            events.Add(new ChronologyEvent(e.StartDate, null, Stage.EarlyHelpStart, ChronologyType.EarlyHelp, "Early help started", details));
            if (e.EndDate is { } end)
            {
                events.Add(new ChronologyEvent(end, null, Stage.EarlyHelpEnd, ChronologyType.EarlyHelp, "Early help ended",
                    e.EndReason is null ? [] : [$"Reason: {e.EndReason}"]));
            }
        }
    }

    private async Task AddAllocationsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => a.ChildId == childId)
            .Select(a => new
            {
                a.StartDate,
                a.EndDate,
                Team = a.Team!.Name,
                Worker = a.Worker == null ? null : a.Worker.FirstName + " " + a.Worker.LastName,
            })
            .ToListAsync(ct);
        foreach (var a in allocations)
        {
            string title = a.Worker is null ? $"Held unallocated in {a.Team}" : $"Allocated to {a.Worker} ({a.Team})";
            events.Add(new ChronologyEvent(a.StartDate, null, Stage.Allocation, ChronologyType.Allocations, title,
                a.EndDate is { } end ? [$"Until {Formatting.Date(end)}"] : ["Current"]));
        }
    }

    private async Task AddAssessmentsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.ChildId == childId)
            .Select(a => new
            {
                a.StartDate,
                a.ChildSeenDate,
                a.AuthorisationDate,
                a.Outcome,
                Worker = a.Worker == null ? null : a.Worker.FirstName + " " + a.Worker.LastName,
                AuthorisedBy = a.AuthorisedBy == null ? null : a.AuthorisedBy.FirstName + " " + a.AuthorisedBy.LastName,
                a.AuthorisationRationale,
            })
            .ToListAsync(ct);
        foreach (var a in assessments)
        {
            var started = new List<string>();
            if (a.Worker is not null)
            {
                started.Add($"Worker: {a.Worker}");
            }

            started.Add(a.ChildSeenDate is { } seen ? $"Child seen {Formatting.Date(seen)}" : "Child not seen yet");
            events.Add(new ChronologyEvent(a.StartDate, null, Stage.AssessmentStart, ChronologyType.Assessments, "Assessment started", started));

            if (a.ChildSeenDate is { } seenDate)
            {
                events.Add(new ChronologyEvent(seenDate, null, Stage.ChildSeen, ChronologyType.Assessments, "Child seen during assessment",
                    [$"Assessment started {Formatting.Date(a.StartDate)}"]));
            }

            if (a.AuthorisationDate is { } authorised)
            {
                var details = new List<string>
                {
                    a.Outcome is { } outcome ? $"Outcome: {JourneyLabels.Of(outcome)}" : "Outcome: not recorded",
                    $"Authorised by: {Formatting.OrNotRecorded(a.AuthorisedBy)}",
                };
                if (!string.IsNullOrWhiteSpace(a.AuthorisationRationale))
                {
                    details.Add($"Rationale: {a.AuthorisationRationale}");
                }

                events.Add(new ChronologyEvent(authorised, null, Stage.AssessmentAuthorised, ChronologyType.Assessments, "Assessment authorised", details));
            }
        }
    }

    private async Task AddStrategyDiscussionsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var discussions = await db.StrategyDiscussions.AsNoTracking()
            .Where(s => s.ChildId == childId)
            .Select(s => new
            {
                s.Date,
                s.CscTookPart,
                s.PoliceTookPart,
                s.HealthTookPart,
                s.EducationTookPart,
                s.OtherAgencies,
                s.AbsentAgencyReason,
                s.Decision,
                ChairedBy = s.ChairedBy == null ? null : s.ChairedBy.FirstName + " " + s.ChairedBy.LastName,
            })
            .ToListAsync(ct);
        foreach (var s in discussions)
        {
            var agencies = new List<string>();
            if (s.CscTookPart)
            {
                agencies.Add("children's social care");
            }

            if (s.PoliceTookPart)
            {
                agencies.Add("police");
            }

            if (s.HealthTookPart)
            {
                agencies.Add("health");
            }

            if (s.EducationTookPart)
            {
                agencies.Add("education");
            }

            if (!string.IsNullOrWhiteSpace(s.OtherAgencies))
            {
                agencies.Add(s.OtherAgencies);
            }

            var details = new List<string>
            {
                "Agencies present: " + (agencies.Count == 0 ? "none recorded" : string.Join(", ", agencies)),
                s.CscTookPart && s.PoliceTookPart && s.HealthTookPart
                    ? "Working Together compliant (social care, police and health took part)"
                    : "Not Working Together compliant",
            };
            if (!string.IsNullOrWhiteSpace(s.AbsentAgencyReason))
            {
                details.Add($"Why an agency was absent: {s.AbsentAgencyReason}");
            }

            if (s.Decision is { } decision)
            {
                details.Add($"Decision: {JourneyLabels.Of(decision)}");
            }

            if (s.ChairedBy is not null)
            {
                details.Add($"Chaired by: {s.ChairedBy}");
            }

            events.Add(new ChronologyEvent(s.Date, null, Stage.StrategyDiscussion, ChronologyType.StrategyDiscussions, "Strategy discussion", details));
        }
    }

    private async Task AddSection47EnquiriesAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var enquiries = await db.Section47Enquiries.AsNoTracking()
            .Where(s => s.ChildId == childId)
            .Select(s => new { s.StartDate, s.InitialCpcTarget, s.DateOfInitialCpc, s.IcpcNotRequired, s.Outcome })
            .ToListAsync(ct);
        foreach (var s in enquiries)
        {
            var details = new List<string>();
            if (s.IcpcNotRequired)
            {
                details.Add("Initial child protection conference not required");
            }
            else if (s.InitialCpcTarget is { } target)
            {
                details.Add($"ICPC due by {Formatting.Date(target)}");
            }

            if (s.DateOfInitialCpc is null && s.Outcome is { } enquiryOutcome)
            {
                details.Add($"Outcome: {JourneyLabels.Of(enquiryOutcome)}");
            }

            events.Add(new ChronologyEvent(s.StartDate, null, Stage.Section47, ChronologyType.Section47Enquiries, "Section 47 enquiry started", details));
            if (s.DateOfInitialCpc is { } icpc)
            {
                events.Add(new ChronologyEvent(icpc, null, Stage.Icpc, ChronologyType.Section47Enquiries, "Initial child protection conference",
                [
                    s.Outcome is { } outcome ? $"Outcome: {JourneyLabels.Of(outcome)}" : "Outcome: not recorded",
                    $"Section 47 enquiry started {Formatting.Date(s.StartDate)}",
                ]));
            }
        }
    }

    private async Task AddChildProtectionPlansAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var plans = await db.ChildProtectionPlans.AsNoTracking()
            .Where(p => p.ChildId == childId)
            .Select(p => new { p.StartDate, p.EndDate, p.InitialCategory, p.LatestCategory, p.NumberOfPreviousPlans, p.EndReason })
            .ToListAsync(ct);
        foreach (var p in plans)
        {
            var details = new List<string> { $"Category: {CategoriesOfAbuse.Codes.Describe(p.InitialCategory)}" };
            if (p.NumberOfPreviousPlans is > 0 and var previous)
            {
                details.Add($"Previous CP plans: {previous.ToString(Formatting.EnGb)}");
            }

            events.Add(new ChronologyEvent(p.StartDate, null, Stage.CpPlanStart, ChronologyType.ChildProtectionPlans, "Child protection plan started", details));
            if (p.EndDate is { } end)
            {
                var ended = new List<string> { $"Latest category: {CategoriesOfAbuse.Codes.Describe(p.LatestCategory)}" };
                if (!string.IsNullOrWhiteSpace(p.EndReason))
                {
                    ended.Add($"Reason: {p.EndReason}");
                }

                events.Add(new ChronologyEvent(end, null, Stage.PlanEnd, ChronologyType.ChildProtectionPlans, "Child protection plan ended", ended));
            }
        }

        var reviews = await db.CpReviewConferences.AsNoTracking()
            .Where(r => r.ChildProtectionPlan!.ChildId == childId)
            .Select(r => new { r.Date, PlanStart = r.ChildProtectionPlan!.StartDate })
            .ToListAsync(ct);
        foreach (var r in reviews)
        {
            events.Add(new ChronologyEvent(r.Date, null, Stage.CpReview, ChronologyType.ChildProtectionPlans, "Child protection review conference",
                [$"Plan started {Formatting.Date(r.PlanStart)}"]));
        }
    }

    private async Task AddCoreGroupsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var meetings = await db.CoreGroupMeetings.AsNoTracking()
            .Where(m => m.ChildProtectionPlan!.ChildId == childId)
            .Select(m => new { m.Date, PlanStart = m.ChildProtectionPlan!.StartDate })
            .ToListAsync(ct);
        foreach (var m in meetings)
        {
            events.Add(new ChronologyEvent(m.Date, null, Stage.CoreGroup, ChronologyType.CoreGroups, "Core group meeting",
                [$"Child protection plan started {Formatting.Date(m.PlanStart)}"]));
        }
    }

    private async Task AddCinPlansAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var plans = await db.CinPlans.AsNoTracking()
            .Where(p => p.ChildId == childId)
            .Select(p => new { p.StartDate, p.EndDate, p.EndReason })
            .ToListAsync(ct);
        foreach (var p in plans)
        {
            events.Add(new ChronologyEvent(p.StartDate, null, Stage.CinPlanStart, ChronologyType.CinPlans, "Child in need plan started", []));
            if (p.EndDate is { } end)
            {
                events.Add(new ChronologyEvent(end, null, Stage.PlanEnd, ChronologyType.CinPlans, "Child in need plan ended",
                    string.IsNullOrWhiteSpace(p.EndReason) ? [] : [$"Reason: {p.EndReason}"]));
            }
        }
    }

    private async Task AddCareAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var periods = await db.PeriodsOfCare.AsNoTracking()
            .Where(p => p.ChildId == childId)
            .Select(p => new { p.Id, p.StartDate, p.EndDate, p.PermanencePlan })
            .ToListAsync(ct);
        var episodes = await db.CareEpisodes.AsNoTracking()
            .Where(e => e.ChildId == childId)
            .Select(e => new
            {
                e.PeriodOfCareId,
                e.StartDate,
                e.EndDate,
                e.ReasonForNewEpisode,
                e.LegalStatus,
                e.CategoryOfNeed,
                e.PlacementType,
                e.PlacementProvider,
                e.ReasonEpisodeCeased,
                e.ReasonForPlacementChange,
            })
            .ToListAsync(ct);

        foreach (var p in periods)
        {
            var details = new List<string>();
            if (!string.IsNullOrWhiteSpace(p.PermanencePlan))
            {
                details.Add($"Permanence plan: {p.PermanencePlan}");
            }

            events.Add(new ChronologyEvent(p.StartDate, null, Stage.PeriodOfCareStart, ChronologyType.Care, "Became looked after", details));
            if (p.EndDate is { } end)
            {
                // The reason care ended is the reason the period's last episode ceased.
                var last = episodes.Where(e => e.PeriodOfCareId == p.Id).MaxBy(e => e.StartDate);
                events.Add(new ChronologyEvent(end, null, Stage.PeriodOfCareEnd, ChronologyType.Care, "Ceased to be looked after",
                    [$"Reason: {ReasonsEpisodeCeased.Codes.Describe(last?.ReasonEpisodeCeased)}"]));
            }
        }

        foreach (var e in episodes)
        {
            var details = new List<string>
            {
                $"Reason for new episode: {ReasonsForNewEpisode.Codes.Describe(e.ReasonForNewEpisode)}",
                $"Legal status: {LegalStatuses.Codes.Describe(e.LegalStatus)}",
                $"Placement type: {PlacementTypes.Codes.Describe(e.PlacementType)}",
            };
            if (e.PlacementProvider is not null)
            {
                details.Add($"Provider: {PlacementProviders.Codes.Describe(e.PlacementProvider)}");
            }

            details.Add($"Category of need: {PrimaryNeeds.Codes.Describe(e.CategoryOfNeed)}");
            if (e.ReasonForPlacementChange is not null)
            {
                details.Add($"Reason for placement change: {ReasonsForPlacementChange.Codes.Describe(e.ReasonForPlacementChange)}");
            }

            if (e.EndDate is { } end)
            {
                details.Add($"Ended {Formatting.Date(end)}: {ReasonsEpisodeCeased.Codes.Describe(e.ReasonEpisodeCeased)}");
            }

            events.Add(new ChronologyEvent(e.StartDate, null, Stage.CareEpisode, ChronologyType.Care, "Care episode", details));
        }
    }

    private async Task AddLacReviewsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var reviews = await db.LacReviews.AsNoTracking()
            .Where(r => r.ChildId == childId)
            .Select(r => new { r.Date, r.ParticipationCode, Iro = r.Iro == null ? null : r.Iro.FirstName + " " + r.Iro.LastName })
            .ToListAsync(ct);
        foreach (var r in reviews)
        {
            var details = new List<string> { $"Participation: {ParticipationCodes.Codes.Describe(r.ParticipationCode)}" };
            if (r.Iro is not null)
            {
                details.Add($"Chaired by: {r.Iro}");
            }

            events.Add(new ChronologyEvent(r.Date, null, Stage.LacReview, ChronologyType.LacReviews, "Looked-after child review", details));
        }
    }

    private async Task AddHealthAssessmentsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var assessments = await db.HealthAssessments.AsNoTracking()
            .Where(h => h.ChildId == childId)
            .Select(h => new { h.Date, h.Kind })
            .ToListAsync(ct);
        foreach (var h in assessments)
        {
            events.Add(new ChronologyEvent(h.Date, null, Stage.Health, ChronologyType.Health, JourneyLabels.Of(h.Kind), []));
        }
    }

    private async Task AddMissingEpisodesAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var episodes = await db.MissingEpisodes.AsNoTracking()
            .Where(m => m.ChildId == childId)
            .Select(m => new
            {
                m.Kind,
                m.StartDate,
                m.EndDate,
                m.ReturnedAt,
                m.RhiOfferedAt,
                m.RhiAccepted,
                m.RhiCompletedAt,
                RhiWorker = m.RhiWorker == null ? null : m.RhiWorker.FirstName + " " + m.RhiWorker.LastName,
            })
            .ToListAsync(ct);
        foreach (var m in episodes)
        {
            string kind = JourneyLabels.Of(m.Kind);
            events.Add(new ChronologyEvent(m.StartDate, null, Stage.MissingStart, ChronologyType.Missing, $"{kind} episode started",
                m.EndDate is null ? ["Not yet returned"] : []));
            if (m.EndDate is { } end)
            {
                events.Add(new ChronologyEvent(end, m.ReturnedAt is { } back ? TimeOf(back) : null, Stage.MissingEnd, ChronologyType.Missing,
                    $"Returned from {kind.ToLowerInvariant()} episode", [$"Started {Formatting.Date(m.StartDate)}"]));
            }

            if (m.RhiOfferedAt is not null || m.RhiCompletedAt is not null)
            {
                DateTime when = m.RhiCompletedAt ?? m.RhiOfferedAt!.Value;
                var details = new List<string>();
                if (m.RhiOfferedAt is { } offered)
                {
                    details.Add($"Offered {Formatting.DateTime(offered)}");
                }

                details.Add(m.RhiAccepted switch
                {
                    true => "Accepted",
                    false => "Declined",
                    null => "Acceptance not recorded",
                });
                details.Add(m.RhiCompletedAt is { } done ? $"Completed {Formatting.DateTime(done)}" : "Not completed");
                if (m.RhiWorker is not null)
                {
                    details.Add($"Worker: {m.RhiWorker}");
                }

                events.Add(new ChronologyEvent(DateOf(when), TimeOf(when), Stage.ReturnHomeInterview, ChronologyType.Missing, "Return home interview", details));
            }
        }
    }

    private async Task AddVisitsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.ChildId == childId)
            .Select(v => new
            {
                v.Kind,
                v.VisitDate,
                v.RecordedAt,
                v.ChildSeen,
                v.SeenAlone,
                v.Note,
                Worker = v.Worker == null ? null : v.Worker.FirstName + " " + v.Worker.LastName,
            })
            .ToListAsync(ct);
        foreach (var v in visits)
        {
            var details = new List<string>
            {
                $"Child seen: {Formatting.YesNo(v.ChildSeen)}",
                $"Seen alone: {Formatting.YesNo(v.SeenAlone)}",
            };
            if (v.Worker is not null)
            {
                details.Add($"Worker: {v.Worker}");
            }

            if (IsRecordedLate(v.VisitDate, v.RecordedAt))
            {
                details.Add($"Recorded late: recorded {Formatting.DateTime(v.RecordedAt)}");
            }

            if (v.Note is not null)
            {
                details.Add($"Note: {v.Note}");
            }

            events.Add(new ChronologyEvent(v.VisitDate, null, Stage.Visit, ChronologyType.Visits, JourneyLabels.Of(v.Kind), details));
        }
    }

    /// <summary>A visit is recorded late when the day it was recorded is more than one day after the visit.</summary>
    public static bool IsRecordedLate(DateOnly visitDate, DateTime recordedAt) => DateOf(recordedAt) > visitDate.AddDays(1);

    private async Task AddLegalOrdersAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var orders = await db.LegalOrders.AsNoTracking()
            .Where(o => o.ChildId == childId)
            .Select(o => new { o.Kind, o.DateMade, o.EndDate })
            .ToListAsync(ct);
        foreach (var o in orders)
        {
            string kind = JourneyLabels.Of(o.Kind);
            events.Add(new ChronologyEvent(o.DateMade, null, Stage.LegalOrder, ChronologyType.LegalOrders, $"{kind} made", []));
            if (o.EndDate is { } end)
            {
                events.Add(new ChronologyEvent(end, null, Stage.LegalOrderEnd, ChronologyType.LegalOrders, $"{kind} ended", []));
            }
        }
    }

    private async Task AddSupervisionDecisionsAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var decisions = await db.CaseDecisions.AsNoTracking()
            .Where(d => d.ChildId == childId)
            .Select(d => new
            {
                d.SupervisionSession!.Date,
                d.Decision,
                d.ActionsBy,
                Worker = d.SupervisionSession.Worker!.FirstName + " " + d.SupervisionSession.Worker.LastName,
                Supervisor = d.SupervisionSession.Supervisor!.FirstName + " " + d.SupervisionSession.Supervisor.LastName,
            })
            .ToListAsync(ct);
        foreach (var d in decisions)
        {
            var details = new List<string> { $"Supervision of {d.Worker} by {d.Supervisor}", d.Decision };
            if (d.ActionsBy is { } by)
            {
                details.Add($"Actions due by {Formatting.Date(by)}");
            }

            events.Add(new ChronologyEvent(d.Date, null, Stage.SupervisionDecision, ChronologyType.Supervision, "Decision in supervision", details));
        }
    }

    private async Task AddCareLeaverStatusesAsync(long childId, List<ChronologyEvent> events, CancellationToken ct)
    {
        var statuses = await db.CareLeaverStatuses.AsNoTracking()
            .Where(s => s.ChildId == childId)
            .Select(s => new { s.RecordedOn, s.InTouch, s.Activity, s.Accommodation, s.AccommodationSuitable })
            .ToListAsync(ct);
        foreach (var s in statuses)
        {
            var details = new List<string> { $"In touch: {CareLeaverCodes.InTouch.Describe(s.InTouch)}" };
            if (s.Activity is not null)
            {
                details.Add($"Activity: {CareLeaverCodes.Activity.Describe(s.Activity)}");
            }

            if (s.Accommodation is not null)
            {
                string suitability = s.AccommodationSuitable switch
                {
                    true => ", suitable",
                    false => ", not suitable",
                    null => "",
                };
                details.Add($"Accommodation: {CareLeaverCodes.Accommodation.Describe(s.Accommodation)}{suitability}");
            }

            events.Add(new ChronologyEvent(s.RecordedOn, null, Stage.CareLeaverStatus, ChronologyType.CareLeaver, "Care leaver status recorded", details));
        }
    }
}

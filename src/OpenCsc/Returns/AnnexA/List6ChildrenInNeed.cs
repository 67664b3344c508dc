using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 6, children in need: every child with a CIN episode open at any time in the 6 months before the as-of date
/// (open at the date, or closed in the window), including children on CP plans and looked after; one row per child,
/// for the child's latest such episode. Referrals that ended in no further action are not children in need: they are
/// in list 3 only. "Date Child Was Last Seen" is the latest visit at which the child was seen, or the date the child
/// was seen in an assessment, during the episode. "Case Status" is at the as-of date: closed episode; else looked
/// after; else CP plan; else CIN plan; else an open assessment; else (open, nothing more specific) child in need.
/// </summary>
public sealed class List6ChildrenInNeed : AnnexAList<List6ChildrenInNeed.Row>
{
    public const int WindowMonths = 6;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        .. CommonColumns.Child<Row>(),
        CommonColumns.Disability<Row>(),
        new("CIN Start Date", r => r.StartDate),
        new("Primary Need Code", r => r.PrimaryNeed),
        new("Date Child Was Last Seen", r => r.LastSeen),
        new("CIN Closure Date", r => r.ClosureDate),
        new("Reason for Closure", r => r.ReasonForClosure),
        new("Case Status", r => r.CaseStatus),
        .. CommonColumns.Allocation<Row>(),
    ];

    public sealed record Row(
        AnnexAChild Child, DateOnly StartDate, string? PrimaryNeed, DateOnly? LastSeen, DateOnly? ClosureDate,
        string? ReasonForClosure, string CaseStatus, AnnexAAllocation Allocation) : IAnnexAChildRow, IAnnexAAllocatedRow;

    public override string SheetName => "List 6";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateOnly from = window.Start;
        var inWindow = db.CinEpisodes.AsNoTracking()
            .Where(e => !e.ReferralNfa && e.ReferralDate <= asOf && (e.ClosureDate == null || e.ClosureDate >= from));
        IQueryable<long> childIds = inWindow.Select(e => e.ChildId);

        var episodes = await inWindow
            .Select(e => new
            {
                e.Id,
                e.ReferralDate,
                e.PrimaryNeedCode,
                e.ClosureDate,
                e.ReasonForClosure,
                Child = new ChildFacts(e.Child!.Id, e.Child.LaChildId, e.Child.Sex, e.Child.Ethnicity, e.Child.DateOfBirth),
            })
            .ToListAsync(cancellationToken);

        var lookedAfter = (await db.PeriodsOfCare.AsNoTracking()
            .Where(p => childIds.Contains(p.ChildId) && p.StartDate <= asOf && (p.EndDate == null || p.EndDate > asOf))
            .Select(p => p.ChildId).ToListAsync(cancellationToken)).ToHashSet();
        var onCpPlan = (await db.ChildProtectionPlans.AsNoTracking()
            .Where(p => childIds.Contains(p.ChildId) && p.StartDate <= asOf && (p.EndDate == null || p.EndDate > asOf))
            .Select(p => p.ChildId).ToListAsync(cancellationToken)).ToHashSet();
        var onCinPlan = (await db.CinPlans.AsNoTracking()
            .Where(p => childIds.Contains(p.ChildId) && p.StartDate <= asOf && (p.EndDate == null || p.EndDate > asOf))
            .Select(p => p.ChildId).ToListAsync(cancellationToken)).ToHashSet();
        var inAssessment = (await db.Assessments.AsNoTracking()
            .Where(a => childIds.Contains(a.ChildId) && a.StartDate <= asOf && (a.AuthorisationDate == null || a.AuthorisationDate > asOf))
            .Select(a => a.ChildId).ToListAsync(cancellationToken)).ToHashSet();

        var lastVisit = await (
                from e in inWindow
                join v in db.Visits on e.ChildId equals v.ChildId
                where v.ChildSeen && v.VisitDate >= e.ReferralDate && v.VisitDate <= asOf
                    && (e.ClosureDate == null || v.VisitDate <= e.ClosureDate)
                group v by e.Id into g
                select new { EpisodeId = g.Key, Date = g.Max(v => v.VisitDate) })
            .ToDictionaryAsync(x => x.EpisodeId, x => x.Date, cancellationToken);
        var seenInAssessment = await db.Assessments.AsNoTracking()
            .Where(a => inWindow.Select(e => e.Id).Contains(a.CinEpisodeId) && a.ChildSeenDate != null && a.ChildSeenDate <= asOf)
            .GroupBy(a => a.CinEpisodeId)
            .Select(g => new { EpisodeId = g.Key, Date = g.Max(a => a.ChildSeenDate) })
            .ToDictionaryAsync(x => x.EpisodeId, x => x.Date, cancellationToken);

        var disabilities = await AnnexAChildren.DisabilitiesAsync(db, childIds, cancellationToken);
        var allocations = await AnnexAChildren.AllocationsAsync(db, childIds, asOf, cancellationToken);

        var latestPerChild = episodes
            .GroupBy(e => e.Child.Id)
            .Select(g => g.OrderByDescending(e => e.ReferralDate).ThenByDescending(e => e.Id).First())
            .OrderBy(e => e.ReferralDate).ThenBy(e => e.Id);
        foreach (var episode in latestPerChild)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long childId = episode.Child.Id;
            DateOnly? closed = AnnexALabels.UpTo(episode.ClosureDate, asOf);
            DateOnly? visit = lastVisit.TryGetValue(episode.Id, out DateOnly v) ? v : null;
            DateOnly? assessed = seenInAssessment.GetValueOrDefault(episode.Id);
            if (assessed is { } a && closed is { } c && a > c)
            {
                assessed = null;
            }

            string status = closed is not null ? AnnexALabels.CaseStatus.Closed
                : lookedAfter.Contains(childId) ? AnnexALabels.CaseStatus.LookedAfter
                : onCpPlan.Contains(childId) ? AnnexALabels.CaseStatus.ChildProtectionPlan
                : onCinPlan.Contains(childId) ? AnnexALabels.CaseStatus.ChildInNeedPlan
                : inAssessment.Contains(childId) ? AnnexALabels.CaseStatus.OpenAssessment
                : AnnexALabels.CaseStatus.ChildInNeedPlan;
            yield return new Row(
                AnnexAChildren.Describe(episode.Child, asOf, disabilities),
                episode.ReferralDate,
                AnnexALabels.PrimaryNeed(episode.PrimaryNeedCode),
                Later(visit, assessed),
                closed,
                closed is null ? null : AnnexALabels.ReasonForClosure(episode.ReasonForClosure),
                status,
                allocations.GetValueOrDefault(childId, AnnexAAllocation.None));
        }
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}

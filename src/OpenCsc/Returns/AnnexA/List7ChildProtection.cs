using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 7, child protection: every child protection plan open at any time in the 6 months before the as-of date (open
/// at the date, or ended in the window), one row per plan. The last statutory visit is the latest child protection
/// visit during the plan, and "Seen Alone" is from that visit. "Emergency Protection Order or Police Powers in Last Six
/// Months" is Yes when an EPO or police protection was made, or a care episode with legal status L1 or L2 began, in
/// the 6 months up to the as-of date. The number of previous plans is the recorded number (CIN census
/// NumberOfPreviousCPP), else the child's earlier plans in the database.
/// </summary>
public sealed class List7ChildProtection : AnnexAList<List7ChildProtection.Row>
{
    public const int WindowMonths = 6;

    /// <summary>The look-back of the emergency protection column.</summary>
    public const int EmergencyProtectionMonths = 6;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        .. CommonColumns.Child<Row>(),
        CommonColumns.Disability<Row>(),
        new("Child Protection Plan Start Date", r => r.StartDate),
        new("Initial Category of Abuse", r => r.InitialCategory),
        new("Latest Category of Abuse", r => r.LatestCategory),
        new("Date of the Last Statutory Visit", r => r.LastVisit),
        new("Was the Child Seen Alone?", r => r.SeenAlone),
        new("Date of latest review conference", r => r.LatestReview),
        new("Child Protection Plan End Date", r => r.EndDate),
        new("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)", r => r.EmergencyProtection),
        new("Number of Previous Child Protection Plans", r => r.PreviousPlans),
        .. CommonColumns.Allocation<Row>(),
    ];

    public sealed record Row(
        AnnexAChild Child, DateOnly StartDate, string? InitialCategory, string? LatestCategory, DateOnly? LastVisit,
        string? SeenAlone, DateOnly? LatestReview, DateOnly? EndDate, string EmergencyProtection, int PreviousPlans,
        AnnexAAllocation Allocation) : IAnnexAChildRow, IAnnexAAllocatedRow;

    public override string SheetName => "List 7";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateOnly from = window.Start;
        var inWindow = db.ChildProtectionPlans.AsNoTracking()
            .Where(OpenCsc.Data.DatedPeriods.OpenDuring<OpenCsc.ChildProtection.ChildProtectionPlan>(from, asOf));
        IQueryable<long> childIds = inWindow.Select(p => p.ChildId);

        var plans = await inWindow
            .OrderBy(p => p.StartDate).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.StartDate,
                p.EndDate,
                p.InitialCategory,
                p.LatestCategory,
                p.NumberOfPreviousPlans,
                Child = new ChildFacts(p.Child!.Id, p.Child.LaChildId, p.Child.Sex, p.Child.Ethnicity, p.Child.DateOfBirth),
            })
            .ToListAsync(cancellationToken);

        var latestReview = await db.CpReviewConferences.AsNoTracking()
            .Where(r => inWindow.Select(p => p.Id).Contains(r.ChildProtectionPlanId) && r.Date <= asOf)
            .GroupBy(r => r.ChildProtectionPlanId)
            .Select(g => new { PlanId = g.Key, Date = g.Max(r => r.Date) })
            .ToDictionaryAsync(x => x.PlanId, x => x.Date, cancellationToken);

        var visits = (await (
                from p in inWindow
                join v in db.Visits on p.ChildId equals v.ChildId
                where v.Kind == VisitKind.ChildProtection && v.VisitDate >= p.StartDate && v.VisitDate <= asOf
                    && (p.EndDate == null || v.VisitDate <= p.EndDate)
                select new { PlanId = p.Id, v.Id, v.VisitDate, v.SeenAlone })
            .ToListAsync(cancellationToken))
            .GroupBy(v => v.PlanId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.VisitDate).ThenByDescending(v => v.Id).First());

        var planStarts = (await db.ChildProtectionPlans.AsNoTracking()
                .Where(p => childIds.Contains(p.ChildId) && p.StartDate <= asOf)
                .Select(p => new { p.ChildId, p.Id, p.StartDate })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ChildId);

        DateOnly emergencyFrom = new AnnexAWindow(asOf, EmergencyProtectionMonths).Start;
        var emergency = (await db.LegalOrders.AsNoTracking()
                .Where(o => childIds.Contains(o.ChildId)
                    && (o.Kind == LegalOrderKind.EmergencyProtectionOrder || o.Kind == LegalOrderKind.PolicePowersOfProtection)
                    && o.DateMade >= emergencyFrom && o.DateMade <= asOf)
                .Select(o => o.ChildId)
                .Union(db.CareEpisodes
                    .Where(e => childIds.Contains(e.ChildId) && (e.LegalStatus == "L1" || e.LegalStatus == "L2")
                        && e.StartDate >= emergencyFrom && e.StartDate <= asOf)
                    .Select(e => e.ChildId))
                .ToListAsync(cancellationToken))
            .ToHashSet();

        var disabilities = await AnnexAChildren.DisabilitiesAsync(db, childIds, cancellationToken);
        var allocations = await AnnexAChildren.AllocationsAsync(db, childIds, asOf, cancellationToken);

        foreach (var plan in plans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lastVisit = visits.GetValueOrDefault(plan.Id);
            int previous = plan.NumberOfPreviousPlans
                ?? planStarts[plan.Child.Id].Count(p => p.StartDate < plan.StartDate || (p.StartDate == plan.StartDate && p.Id < plan.Id));
            yield return new Row(
                AnnexAChildren.Describe(plan.Child, asOf, disabilities),
                plan.StartDate,
                AnnexALabels.CategoryOfAbuse(plan.InitialCategory),
                AnnexALabels.CategoryOfAbuse(plan.LatestCategory),
                lastVisit?.VisitDate,
                lastVisit is null ? null : AnnexALabels.YesNo(lastVisit.SeenAlone),
                latestReview.TryGetValue(plan.Id, out DateOnly review) ? review : null,
                AnnexALabels.UpTo(plan.EndDate, asOf),
                AnnexALabels.YesNo(emergency.Contains(plan.Child.Id)),
                previous,
                allocations.GetValueOrDefault(plan.Child.Id, AnnexAAllocation.None));
        }
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Trackers;

namespace OpenCsc.Web.Pages.Caseload;

/// <summary>One child on a worker's caseload: who, what they are open as, since when, and the most urgent thing due.</summary>
public sealed record CaseloadRow(
    long ChildId,
    string LaChildId,
    string Name,
    DateOnly? DateOfBirth,
    string Status,
    DateOnly AllocatedSince,
    TrackerItem? MostUrgent,
    int Overdue);

/// <summary>
/// A worker's caseload on a day: the children allocated to them (an allocation holds from its start date up to, not
/// including, its end date), within the asking person's need-to-know scope, each with the status that decides their
/// visits (CP plan, looked after, CIN plan, care leaver, else open) and what is due for them on every tracker. The
/// children needing action come first: most overdue, then soonest due, then by name.
/// </summary>
public sealed class CaseloadQuery(AppDbContext db, TimescalesInForce inForce)
{
    public async Task<IReadOnlyList<CaseloadRow>> ForWorkerAsync(long workerId, DateOnly today, IQueryable<long> visible, CancellationToken cancellationToken = default)
    {
        var allocated = await db.Allocations.AsNoTracking()
            .Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.Workforce.Allocation>(today)).Where(a => a.WorkerId == workerId && visible.Contains(a.ChildId))
            .GroupBy(a => a.ChildId)
            .Select(g => new { ChildId = g.Key, Since = g.Min(a => a.StartDate) })
            .ToListAsync(cancellationToken);
        var ids = allocated.Select(a => a.ChildId).ToList();
        var children = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.LaChildId, c.FirstName, c.LastName, c.DateOfBirth })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var onCp = (await db.ChildProtectionPlans.Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.ChildProtection.ChildProtectionPlan>(today)).Where(p => ids.Contains(p.ChildId))
            .Select(p => p.ChildId).ToListAsync(cancellationToken)).ToHashSet();
        var lookedAfter = (await db.PeriodsOfCare.Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.LookedAfter.PeriodOfCare>(today)).Where(p => ids.Contains(p.ChildId))
            .Select(p => p.ChildId).ToListAsync(cancellationToken)).ToHashSet();
        var onCin = (await db.CinPlans.Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.ChildInNeed.CinPlan>(today)).Where(p => ids.Contains(p.ChildId))
            .Select(p => p.ChildId).ToListAsync(cancellationToken)).ToHashSet();
        var leavers = (await db.CareLeavers.Where(l => ids.Contains(l.ChildId)).Select(l => l.ChildId).ToListAsync(cancellationToken)).ToHashSet();

        var list = new ListTrackerItems(TrackerQuery.For(db, inForce));
        var filter = new TrackerFilter(today, Children: db.Children.Where(c => ids.Contains(c.Id)).Select(c => c.Id));
        var due = new List<TrackerItem>();
        foreach (Tracker tracker in TrackerCatalogue.All)
        {
            due.AddRange((await list.RunAsync(tracker, filter, cancellationToken)).Items);
        }

        ILookup<long, TrackerItem> byChild = due.ToLookup(i => i.ChildId);
        var rows = allocated.Where(a => children.ContainsKey(a.ChildId)).Select(a =>
        {
            var c = children[a.ChildId];
            List<TrackerItem> items = [.. byChild[a.ChildId]];
            items.Sort(ListTrackerItems.ByUrgency);
            string status = onCp.Contains(a.ChildId) ? "Child protection plan"
                : lookedAfter.Contains(a.ChildId) ? "Looked after"
                : onCin.Contains(a.ChildId) ? "Child in need plan"
                : leavers.Contains(a.ChildId) ? "Care leaver"
                : "Open case";
            return new CaseloadRow(a.ChildId, c.LaChildId, $"{c.FirstName} {c.LastName}", c.DateOfBirth, status, a.Since,
                items.FirstOrDefault(), items.Count(i => i.State == TrackerState.Overdue));
        }).ToList();

        rows.Sort((x, y) =>
        {
            int c = (x.MostUrgent is null).CompareTo(y.MostUrgent is null);
            if (c == 0 && x.MostUrgent is { } a && y.MostUrgent is { } b)
            {
                c = ListTrackerItems.ByUrgency(a, b);
            }

            return c != 0 ? c : string.CompareOrdinal(x.Name, y.Name);
        });
        return rows;
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCsc.Workforce;

namespace OpenCsc.Trackers;

/// <summary>
/// Lists a tracker's open items as at a date. The database finds the open items (one query per kind of item) with the
/// case holder on the date, filtered by team and worker; only those rows are read. Each item's due date and state are
/// then worked out in memory, and the list is sorted by urgency: overdue first, the most overdue first, then by due date.
/// </summary>
/// <remarks>
/// The case holder is the allocation open at the end of the as-at date (an allocation holds from its start date up to,
/// not including, its end date); where none is open, the record's own worker (an assessment's, an RHI's) and that
/// worker's team. The team manager is the manager in post in that team on the date; where the team has none recorded,
/// the worker's own manager.
/// </remarks>
public sealed class ListTrackerItems(TrackerQuery query)
{
    public async Task<TrackerList> RunAsync(Tracker tracker, TrackerFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = new List<(ItemKind Kind, HeldItem Row)>();
        foreach (ItemKind kind in tracker.Kinds)
        {
            var held = await Held(tracker.OpenItems(query, kind, filter.AsOf), filter).ToListAsync(cancellationToken);
            rows.AddRange(held.Select(h => (kind, h)));
        }

        Names names = await NamesAsync(rows.Select(r => r.Row).ToList(), filter.AsOf, cancellationToken);
        var items = rows.Select(r => Item(tracker, r.Kind, r.Row, filter.AsOf, names)).ToList();
        items.Sort(ByUrgency);
        return new TrackerList(tracker, filter, items);
    }

    /// <summary>Overdue first, the most overdue first; then by due date; then by child and kind, so the order is stable.</summary>
    public static int ByUrgency(TrackerItem x, TrackerItem y)
    {
        int c = (x.State == TrackerState.Overdue ? 0 : 1).CompareTo(y.State == TrackerState.Overdue ? 0 : 1);
        if (c == 0)
        {
            c = y.DaysOverdue.CompareTo(x.DaysOverdue);
        }

        if (c == 0)
        {
            c = x.Due.CompareTo(y.Due);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.LaChildId, y.LaChildId);
        }

        if (c == 0)
        {
            c = x.Kind.CompareTo(y.Kind);
        }

        return c == 0 ? x.RecordId.CompareTo(y.RecordId) : c;
    }

    private IQueryable<HeldItem> Held(IQueryable<OpenItem> open, TrackerFilter filter)
    {
        var db = query.Db;
        DateOnly day = filter.AsOf;
        var held = from i in open
                   join c in db.Children on i.ChildId equals c.Id
                   select new HeldItem
                   {
                       ChildId = i.ChildId,
                       RecordId = i.RecordId,
                       Start = i.Start,
                       StartAt = i.StartAt,
                       Last = i.Last,
                       Count = i.Count,
                       LongTerm = i.LongTerm,
                       LaChildId = c.LaChildId,
                       FirstName = c.FirstName,
                       LastName = c.LastName,
                       WorkerId = db.Allocations.Any(a => a.ChildId == i.ChildId && a.StartDate <= day && (a.EndDate == null || a.EndDate > day))
                           ? db.Allocations
                               .Where(a => a.ChildId == i.ChildId && a.StartDate <= day && (a.EndDate == null || a.EndDate > day))
                               .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
                               .Select(a => a.WorkerId).FirstOrDefault()
                           : i.WorkerId,
                       TeamId = db.Allocations.Any(a => a.ChildId == i.ChildId && a.StartDate <= day && (a.EndDate == null || a.EndDate > day))
                           ? db.Allocations
                               .Where(a => a.ChildId == i.ChildId && a.StartDate <= day && (a.EndDate == null || a.EndDate > day))
                               .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
                               .Select(a => (long?)a.TeamId).FirstOrDefault()
                           : db.Workers.Where(w => w.Id == i.WorkerId).Select(w => w.TeamId).FirstOrDefault(),
                   };
        if (filter.Children is { } visible)
        {
            held = held.Where(h => visible.Contains(h.ChildId));
        }

        if (filter.TeamId is { } team)
        {
            held = held.Where(h => h.TeamId == team);
        }

        if (filter.WorkerId is { } worker)
        {
            held = held.Where(h => h.WorkerId == worker);
        }

        return held;
    }

    private async Task<Names> NamesAsync(IReadOnlyList<HeldItem> rows, DateOnly day, CancellationToken cancellationToken)
    {
        var db = query.Db;
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var managers = (await db.Workers.AsNoTracking()
                .Where(w => w.Role == WorkerRole.TeamManager && w.TeamId != null && w.StartDate <= day && (w.EndDate == null || w.EndDate > day))
                .Select(w => new { TeamId = w.TeamId!.Value, w.Id, w.StartDate, Name = w.FirstName + " " + w.LastName })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.TeamId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.StartDate).ThenByDescending(m => m.Id).Select(m => (m.Id, m.Name)).First());
        var ids = rows.Where(r => r.WorkerId != null).Select(r => r.WorkerId!.Value).Distinct().ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => ids.Contains(w.Id))
            .Select(w => new { w.Id, Name = w.FirstName + " " + w.LastName, w.ManagerId, ManagerName = w.Manager == null ? null : w.Manager.FirstName + " " + w.Manager.LastName })
            .ToDictionaryAsync(w => w.Id, w => (w.Name, w.ManagerId, w.ManagerName), cancellationToken);
        return new Names(teams, managers, workers);
    }

    private TrackerItem Item(Tracker tracker, ItemKind kind, HeldItem row, DateOnly asOf, Names names)
    {
        var open = new OpenItem
        {
            ChildId = row.ChildId,
            RecordId = row.RecordId,
            Start = row.Start,
            StartAt = row.StartAt,
            Last = row.Last,
            Count = row.Count,
            LongTerm = row.LongTerm,
            WorkerId = row.WorkerId,
        };
        Due due = tracker.Due(query, kind, open);
        bool overdue = due.InWorkingDays ? query.Calendar.WorkingDaysBetween(due.Date, asOf) > 0 : asOf > due.Date;
        TrackerState state = overdue ? TrackerState.Overdue
            : query.Calendar.WorkingDaysBetween(asOf, due.Date) <= query.DueSoonWorkingDays ? TrackerState.DueSoon
            : TrackerState.Future;

        (string Name, long? ManagerId, string? ManagerName)? worker = row.WorkerId is { } w && names.Workers.TryGetValue(w, out var found) ? found : null;
        (long Id, string Name)? teamManager = row.TeamId is { } t && names.Managers.TryGetValue(t, out var m) ? m : null;
        return new TrackerItem(
            kind,
            row.RecordId,
            row.ChildId,
            row.LaChildId,
            (row.FirstName + " " + row.LastName).Trim(),
            worker is null ? null : row.WorkerId,
            worker?.Name,
            row.TeamId,
            row.TeamId is { } team ? names.Teams.GetValueOrDefault(team) : null,
            teamManager?.Id ?? worker?.ManagerId,
            teamManager?.Name ?? worker?.ManagerName,
            due.Since,
            due.SinceEvent,
            due.Date,
            state,
            overdue ? asOf.DayNumber - due.Date.DayNumber : 0);
    }

    private sealed record Names(
        Dictionary<long, string> Teams,
        Dictionary<long, (long Id, string Name)> Managers,
        Dictionary<long, (string Name, long? ManagerId, string? ManagerName)> Workers);

    /// <summary>An open item with the child's identifiers and the case holder, as read from the database.</summary>
    private sealed class HeldItem
    {
        public long ChildId { get; set; }

        public long RecordId { get; set; }

        public DateOnly Start { get; set; }

        public DateTime? StartAt { get; set; }

        public DateOnly? Last { get; set; }

        public int Count { get; set; }

        public bool LongTerm { get; set; }

        public string LaChildId { get; set; } = "";

        public string FirstName { get; set; } = "";

        public string LastName { get; set; } = "";

        public long? WorkerId { get; set; }

        public long? TeamId { get; set; }
    }
}

using OpenCsc.Calendar;
using OpenCsc.Indicators;
using OpenCsc.LookedAfter;

namespace OpenCsc.Trackers;

/// <summary>
/// Return home interviews not yet done: returns from missing (not absent) episodes on or before the day, with no
/// interview completed by its end and none offered and declined by then, for children the service still works with (an
/// allocation open at the end of the day). Due <see cref="StatutoryTimescales.ReturnHomeInterviewHours"/> hours after
/// the return (its date when no time is recorded); as the tracker is kept by the day, an interview due at 14:00 is due
/// that day and overdue the next.
/// </summary>
public sealed class ReturnHomeInterviewsDue : Tracker
{
    public override string Slug => "rhi";

    public override string Title => "Return home interviews";

    public override IReadOnlyList<ItemKind> Kinds { get; } = [ItemKind.ReturnHomeInterview];

    public override string Rule(StatutoryTimescales timescales) =>
        $"Children back from missing whose return home interview has not been done (or offered and declined), due {timescales.ReturnHomeInterviewHours} hours after the return.";

    public override IQueryable<OpenItem> OpenItems(TrackerQuery query, ItemKind kind, DateOnly asOf)
    {
        DateTime endOfDay = DateKeys.EndExclusive(asOf);
        var db = query.Db;
        return db.MissingEpisodes
            .Where(m => m.Kind == MissingKind.Missing && m.EndDate != null && m.EndDate <= asOf
                && (m.RhiCompletedAt == null || m.RhiCompletedAt >= endOfDay)
                && !(m.RhiAccepted == false && m.RhiOfferedAt != null && m.RhiOfferedAt < endOfDay)
                && db.Allocations.Any(a => a.ChildId == m.ChildId && a.StartDate <= asOf && (a.EndDate == null || a.EndDate > asOf)))
            .Select(m => new OpenItem
            {
                ChildId = m.ChildId,
                RecordId = m.Id,
                Start = m.EndDate!.Value,
                StartAt = m.ReturnedAt,
                Last = null,
                Count = 0,
                LongTerm = false,
                WorkerId = m.RhiWorkerId,
            });
    }

    public override Due Due(TrackerQuery query, ItemKind kind, OpenItem item)
    {
        int hours = query.Timescales.ReturnHomeInterviewHours;
        DateOnly due = item.StartAt is { } returned
            ? DateOnly.FromDateTime(returned.AddHours(hours))
            : item.Start.AddDays((hours + 23) / 24);
        return new(due, item.Start, "Returned", InWorkingDays: false);
    }
}

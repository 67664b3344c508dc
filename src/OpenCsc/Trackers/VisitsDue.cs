using OpenCsc.Calendar;
using OpenCsc.Indicators;
using OpenCsc.Visits;

namespace OpenCsc.Trackers;

/// <summary>
/// Statutory visits (CIN, CP, CLA, care leavers): every child due visits at the end of the day, with the next visit's
/// due date under <see cref="VisitSchedule"/>. Every such child has an open item: the next visit is always due.
/// </summary>
public sealed class VisitsDue : Tracker
{
    public override string Slug => "visits";

    public override string Title => "Visits";

    public override IReadOnlyList<ItemKind> Kinds { get; } =
        [ItemKind.ChildInNeedVisit, ItemKind.ChildProtectionVisit, ItemKind.LookedAfterVisit, ItemKind.CareLeaverVisit];

    public override string Rule(StatutoryTimescales timescales)
    {
        return $"The child seen at least every {timescales.CinVisitWeeks} weeks on a CIN plan and every {timescales.CpVisitWorkingDays} working days on a CP plan. "
            + $"Looked-after children seen within {timescales.ClaVisitFirstDays} days of each placement, then every {timescales.ClaVisitWeeks} weeks "
            + $"(every {timescales.ClaLongTermVisitMonths} months once a long-term fostering placement is a year old). "
            + $"Care leavers seen every {timescales.CareLeaverVisitWeeks} weeks. A visit counts by its date, however late it was recorded.";
    }

    public override IQueryable<OpenItem> OpenItems(TrackerQuery query, ItemKind kind, DateOnly asOf) => kind switch
    {
        ItemKind.ChildInNeedVisit => VisitSchedule.ChildInNeed(query.Db, asOf),
        ItemKind.ChildProtectionVisit => VisitSchedule.ChildProtection(query.Db, asOf),
        ItemKind.LookedAfterVisit => VisitSchedule.LookedAfter(query.Db, asOf),
        ItemKind.CareLeaverVisit => VisitSchedule.CareLeavers(query.Db, asOf),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public override Due Due(TrackerQuery query, ItemKind kind, OpenItem item) =>
        VisitSchedule.DueDate(VisitKindOf(kind), item, query.Timescales, query.Calendar);

    private static VisitKind VisitKindOf(ItemKind kind) => kind switch
    {
        ItemKind.ChildInNeedVisit => VisitKind.ChildInNeed,
        ItemKind.ChildProtectionVisit => VisitKind.ChildProtection,
        ItemKind.LookedAfterVisit => VisitKind.LookedAfter,
        ItemKind.CareLeaverVisit => VisitKind.CareLeaver,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

using OpenCsc.Calendar;
using OpenCsc.Indicators;
using OpenCsc.LookedAfter;

namespace OpenCsc.Trackers;

/// <summary>
/// Initial health assessments not yet done: children looked after at the end of the day (not on short breaks) with no
/// initial health assessment dated in the current period of care up to the day. A review health assessment in the
/// period also closes the item: reviews follow the initial assessment, so one was done even if it was not recorded (as
/// for a child in care since before the records begin). Due
/// <see cref="StatutoryTimescales.InitialHealthAssessmentWorkingDays"/> working days after the period began. Each period
/// of care needs its own: one done in an earlier period does not count (a simplification where a child comes back into
/// care within weeks).
/// </summary>
public sealed class InitialHealthAssessmentsDue : Tracker
{
    public override string Slug => "health";

    public override string Title => "Initial health assessments";

    public override IReadOnlyList<ItemKind> Kinds { get; } = [ItemKind.InitialHealthAssessment];

    public override string Rule(StatutoryTimescales timescales) =>
        $"Looked-after children with no initial health assessment yet, due {timescales.InitialHealthAssessmentWorkingDays} working days after they became looked after.";

    public override IQueryable<OpenItem> OpenItems(TrackerQuery query, ItemKind kind, DateOnly asOf) =>
        LookedAfterChildren.At(query.Db, asOf)
            .Where(p => !query.Db.HealthAssessments.Any(h => h.ChildId == p.ChildId
                && (h.Kind == HealthAssessmentKind.Initial || h.Kind == HealthAssessmentKind.Review)
                && h.Date >= p.StartDate && h.Date <= asOf))
            .Select(p => new OpenItem
            {
                ChildId = p.ChildId,
                RecordId = p.Id,
                Start = p.StartDate,
                StartAt = null,
                Last = null,
                Count = 0,
                LongTerm = false,
                WorkerId = null,
            });

    public override Due Due(TrackerQuery query, ItemKind kind, OpenItem item) =>
        new(query.Calendar.AddWorkingDays(item.Start, query.Timescales.InitialHealthAssessmentWorkingDays), item.Start, "Became looked after", InWorkingDays: true);
}

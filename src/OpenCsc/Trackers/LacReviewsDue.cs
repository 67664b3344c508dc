using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Indicators;

namespace OpenCsc.Trackers;

/// <summary>
/// The next review of each child looked after at the end of the day (Care Planning Regulations 2010 reg 33), counting
/// the reviews held in the current period of care up to the day: the first within
/// <see cref="StatutoryTimescales.ClaFirstReviewWorkingDays"/> working days of becoming looked after; the second
/// within <see cref="StatutoryTimescales.ClaSecondReviewMonths"/> months of the first; each later one within
/// <see cref="StatutoryTimescales.ClaLaterReviewMonths"/> months of the one before. Children on an agreed series
/// of short breaks (V3, V4), whose reviews follow reg 48, are left out.
/// </summary>
public sealed class LacReviewsDue : Tracker
{
    public override string Slug => "reviews";

    public override string Title => "Looked-after children's reviews";

    public override IReadOnlyList<ItemKind> Kinds { get; } = [ItemKind.LacReview];

    public override string Rule(StatutoryTimescales timescales)
    {
        return $"The next review of each looked-after child: the first within {timescales.ClaFirstReviewWorkingDays} working days of becoming looked after, "
            + $"the second within {timescales.ClaSecondReviewMonths} months of the first, then at most every {timescales.ClaLaterReviewMonths} months.";
    }

    public override IQueryable<OpenItem> OpenItems(TrackerQuery query, ItemKind kind, DateOnly asOf)
    {
        AppDbContext db = query.Db;
        return LookedAfterChildren.At(db, asOf)
            .Select(p => new OpenItem
            {
                ChildId = p.ChildId,
                RecordId = p.Id,
                Start = p.StartDate,
                StartAt = null,
                Last = db.LacReviews.Where(r => r.ChildId == p.ChildId && r.Date >= p.StartDate && r.Date <= asOf).Max(r => (DateOnly?)r.Date),
                Count = db.LacReviews.Count(r => r.ChildId == p.ChildId && r.Date >= p.StartDate && r.Date <= asOf),
                LongTerm = false,
                WorkerId = null,
            });
    }

    public override Due Due(TrackerQuery query, ItemKind kind, OpenItem item)
    {
        var s = query.Timescales;
        return item.Last is not { } last || item.Count == 0
            ? new(query.Calendar.AddWorkingDays(item.Start, s.ClaFirstReviewWorkingDays), item.Start, "Became looked after", InWorkingDays: true)
            : item.Count == 1
                ? new(last.AddMonths(s.ClaSecondReviewMonths), last, "First review", false)
                : new(last.AddMonths(s.ClaLaterReviewMonths), last, "Last review", false);
    }
}

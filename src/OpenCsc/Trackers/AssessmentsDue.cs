using OpenCsc.Calendar;
using OpenCsc.Indicators;
namespace OpenCsc.Trackers;

/// <summary>
/// Single assessments not yet authorised: started on or before the day, not authorised by its end, in a CIN episode
/// still open at its end. Due <see cref="StatutoryTimescales.AssessmentWorkingDays"/> working days after the
/// start (the start day not counted), as the ASSESSMENTS_45WD indicator counts them.
/// </summary>
public sealed class AssessmentsDue : Tracker
{
    public override string Slug => "assessments";

    public override string Title => "Assessments";

    public override IReadOnlyList<ItemKind> Kinds { get; } = [ItemKind.Assessment];

    public override string Rule(StatutoryTimescales timescales) =>
        $"Assessments not yet authorised, due {timescales.AssessmentWorkingDays} working days after they started.";

    public override IQueryable<OpenItem> OpenItems(TrackerQuery query, ItemKind kind, DateOnly asOf) =>
        query.Db.Assessments
            .Where(a => a.StartDate <= asOf && (a.AuthorisationDate == null || a.AuthorisationDate > asOf)
                && a.CinEpisode!.ReferralDate <= asOf && (a.CinEpisode.ClosureDate == null || a.CinEpisode.ClosureDate > asOf))
            .Select(a => new OpenItem
            {
                ChildId = a.ChildId,
                RecordId = a.Id,
                Start = a.StartDate,
                StartAt = null,
                Last = null,
                Count = 0,
                LongTerm = false,
                WorkerId = a.WorkerId,
            });

    public override Due Due(TrackerQuery query, ItemKind kind, OpenItem item) =>
        new(query.Calendar.AddWorkingDays(item.Start, query.Timescales.AssessmentWorkingDays), item.Start, "Started", InWorkingDays: true);
}

using OpenCsc.Calendar;
using OpenCsc.ChildProtection;
using OpenCsc.Indicators;

namespace OpenCsc.Trackers;

/// <summary>
/// Initial child protection conferences not yet held: section 47 enquiries started on or before the day, with no
/// ICPC held by its end, not recorded as needing none (nor concluded with another outcome), in a CIN episode still
/// open. Due <see cref="StatutoryTimescales.IcpcWorkingDays"/> working days after the strategy discussion that
/// started the enquiry (the enquiry's own start when none is linked), as the S47_ICPC_15WD indicator counts them.
/// Whether an ICPC is not required, and the outcome, are taken as now recorded (they carry no date).
/// </summary>
public sealed class InitialConferencesDue : Tracker
{
    public override string Slug => "icpc";

    public override string Title => "Initial child protection conferences";

    public override IReadOnlyList<ItemKind> Kinds { get; } = [ItemKind.InitialConference];

    public override string Rule(StatutoryTimescales timescales) =>
        $"Section 47 enquiries whose initial conference has not been held, due {timescales.IcpcWorkingDays} working days after the strategy discussion.";

    public override IQueryable<OpenItem> OpenItems(TrackerQuery query, ItemKind kind, DateOnly asOf) =>
        query.Db.Section47Enquiries
            .Where(s => s.StartDate <= asOf && (s.DateOfInitialCpc == null || s.DateOfInitialCpc > asOf) && !s.IcpcNotRequired
                && (s.Outcome == null || s.Outcome == Section47Outcome.ChildProtectionPlan || s.DateOfInitialCpc != null)
                && (s.CinEpisode!.ClosureDate == null || s.CinEpisode.ClosureDate > asOf))
            .Select(s => new OpenItem
            {
                ChildId = s.ChildId,
                RecordId = s.Id,
                Start = s.StartDate,
                StartAt = null,
                Last = s.StrategyDiscussion != null ? s.StrategyDiscussion.Date : null,
                Count = 0,
                LongTerm = false,
                WorkerId = null,
            });

    public override Due Due(TrackerQuery query, ItemKind kind, OpenItem item)
    {
        DateOnly since = item.Last ?? item.Start;
        return new(query.Calendar.AddWorkingDays(since, query.Timescales.IcpcWorkingDays), since,
            item.Last is null ? "Section 47 started" : "Strategy discussion", InWorkingDays: true);
    }
}

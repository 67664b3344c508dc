using OpenCsc.CareLeavers;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.LookedAfter;
using OpenCsc.Supervision;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc.Children.Chronology;

/// <summary>
/// A child's chronology: each feature's <see cref="IChronologySource"/> reads its own tables for the child (one
/// query per table, on its child_id index), and the events are merged in memory and ordered newest first. Only the
/// sources of the types asked for are read. The caller admits the child first: this reads the whole record.
/// </summary>
public sealed class ChildChronology(AppDbContext db)
{
    /// <summary>Every source, in the order the filter lists their types (the order of the journey).</summary>
    public static IReadOnlyList<IChronologySource> Sources { get; } =
    [
        new ContactEvents(),
        new ReferralEvents(),
        new EarlyHelpEvents(),
        new AllocationEvents(),
        new AssessmentEvents(),
        new StrategyDiscussionEvents(),
        new Section47Events(),
        new ChildProtectionPlanEvents(),
        new CoreGroupEvents(),
        new CinPlanEvents(),
        new CareEvents(),
        new LacReviewEvents(),
        new HealthAssessmentEvents(),
        new MissingEvents(),
        new VisitEvents(),
        new LegalOrderEvents(),
        new CareLeaverStatusEvents(),
        new SupervisionDecisionEvents(),
    ];

    /// <summary>Each type, in the order the filter lists them.</summary>
    public static IReadOnlyList<ChronologyType> Types { get; } = Sources.Select(s => s.Type).ToList();

    /// <summary>The types named by the keys; unknown keys are ignored.</summary>
    public static IReadOnlySet<ChronologyType> Parse(IEnumerable<string?> keys) =>
        Types.Where(t => keys.Any(k => string.Equals(k, t.Key, StringComparison.OrdinalIgnoreCase))).ToHashSet();

    /// <summary>The child's events of the types asked for (every type when none is), newest first.</summary>
    public async Task<IReadOnlyList<ChronologyEvent>> ForChildAsync(
        long childId, IReadOnlySet<ChronologyType> types, CancellationToken cancellationToken = default)
    {
        var events = new List<ChronologyEvent>();
        foreach (IChronologySource source in Sources.Where(s => types.Count == 0 || types.Contains(s.Type)))
        {
            events.AddRange(await source.ReadAsync(db, childId, cancellationToken));
        }

        return events
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.Stage)
            .ThenByDescending(e => e.Time ?? TimeOnly.MinValue)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ToList();
    }
}

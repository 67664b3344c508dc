using OpenCsc.Calendar;
using OpenCsc.Indicators;
namespace OpenCsc.Trackers;

/// <summary>
/// One tracker: the duties of one sort that are open as at a date. The database finds the open items (and only
/// those); <see cref="Due"/> then works out each one's due date in memory, with the working-day calendar where the
/// timescale counts working days. Each tracker is one class in this folder; <see cref="ListTrackerItems"/> runs it.
/// </summary>
public abstract class Tracker
{
    /// <summary>The stable name in URLs and on the command line, e.g. "visits".</summary>
    public abstract string Slug { get; }

    public abstract string Title { get; }

    /// <summary>What is open and when it is due, in words, with the settings' values.</summary>
    public abstract string Rule(StatutoryTimescales timescales);

    /// <summary>The kinds of item the tracker lists, each found by its own query.</summary>
    public abstract IReadOnlyList<ItemKind> Kinds { get; }

    /// <summary>The items of one kind open at the end of the day.</summary>
    public abstract IQueryable<OpenItem> OpenItems(TrackerQuery query, ItemKind kind, DateOnly asOf);

    /// <summary>When an open item is due.</summary>
    public abstract Due Due(TrackerQuery query, ItemKind kind, OpenItem item);
}

namespace OpenCsc.Indicators;

/// <summary>
/// One row behind an indicator: a child (and the record that counted, so a child with two referrals in the period
/// has two rows), the date of the event, and whether the row is in the numerator. A plain class with settable
/// properties so that queries that build it can be composed further in the database.
/// </summary>
public sealed class IndicatorRow
{
    public long ChildId { get; set; }

    /// <summary>The record's id in its own table (a referral's CIN episode, an assessment, a plan).</summary>
    public long RecordId { get; set; }

    /// <summary>The event's date: allocations on this date say which worker, team and service it belongs to.</summary>
    public DateOnly Date { get; set; }

    public bool InNumerator { get; set; }
}

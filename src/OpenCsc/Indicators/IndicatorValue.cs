namespace OpenCsc.Indicators;

/// <summary>
/// An indicator's figure for one period: numerator, denominator (null for a count), the value in the unit's terms
/// (a fraction for a percentage; null when the denominator is 0) and the target.
/// </summary>
public sealed record IndicatorValue(string Code, ReportingPeriod Period, long Numerator, long? Denominator, double? Value, double? Target);

/// <summary>The same figure for one team, worker or service (by who held the case on the event's date).</summary>
public sealed record IndicatorGroupValue(long? GroupId, string GroupName, long Numerator, long? Denominator, double? Value);

/// <summary>One child behind a figure: the row's record, date, and whether it is in the numerator.</summary>
public sealed record IndicatorChild(long ChildId, string LaChildId, string? FirstName, string? LastName, long RecordId, DateOnly Date, bool InNumerator);

/// <summary>How a figure is broken down: by the allocation (team, its service, or worker) on the event's date.</summary>
public enum IndicatorBreakdown
{
    Service,
    Team,
    Worker,
}

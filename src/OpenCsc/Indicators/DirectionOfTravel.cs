namespace OpenCsc.Indicators;

public enum Direction
{
    /// <summary>On target at the latest month, or closer to it than three months before.</summary>
    WorkingWell,

    /// <summary>Short of target at the latest month and no closer to it than three months before.</summary>
    Worried,

    /// <summary>No target or no good direction: shown for information.</summary>
    ForInformation,
}

/// <summary>
/// Sorts an indicator into the improvement plan's "What is working well" and "What are we worried about" by its
/// direction against target over the last three months: the latest month's shortfall against target compared with
/// the shortfall of the month two before it (the first of the three). Months with no value are left out.
/// </summary>
public static class DirectionOfTravel
{
    public const int Months = 3;

    public static Direction Classify(Indicator indicator, IReadOnlyList<IndicatorValue> series)
    {
        var recent = series.TakeLast(Months).Where(v => v.Value is not null && v.Target is not null).ToList();
        if (indicator.Polarity == Polarity.Neutral || recent.Count == 0)
        {
            return Direction.ForInformation;
        }

        IndicatorValue latest = recent[^1];
        double latestShortfall = RagRating.Shortfall(indicator, latest.Value!.Value, latest.Target!.Value);
        if (latestShortfall <= 1e-12)
        {
            return Direction.WorkingWell;
        }

        double firstShortfall = RagRating.Shortfall(indicator, recent[0].Value!.Value, recent[0].Target!.Value);
        return latestShortfall < firstShortfall - 1e-12 ? Direction.WorkingWell : Direction.Worried;
    }
}

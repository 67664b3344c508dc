namespace OpenCsc.Indicators;

public enum Rag
{
    Green,
    Amber,
    Red,

    /// <summary>No target, or an indicator that has no good direction.</summary>
    NoTarget,

    /// <summary>No value: nothing to count in the period.</summary>
    NoData,
}

/// <summary>
/// Red, amber or green against target: green on or beyond the target in the good direction; amber short of it by
/// no more than the amber band (5 percentage points for a percentage, else 10% of the target); red beyond that.
/// </summary>
public static class RagRating
{
    public const double PercentBand = 0.05;

    public const double RelativeBand = 0.10;

    public static Rag Rate(Indicator indicator, double? value, double? target)
    {
        if (target is not { } t || indicator.Polarity == Polarity.Neutral)
        {
            return Rag.NoTarget;
        }

        if (value is not { } v)
        {
            return Rag.NoData;
        }

        double shortfall = Shortfall(indicator, v, t);
        double band = indicator.Unit == IndicatorUnit.Percent ? PercentBand : Math.Abs(t) * RelativeBand;
        return shortfall <= 1e-12 ? Rag.Green : shortfall <= band + 1e-12 ? Rag.Amber : Rag.Red;
    }

    /// <summary>How far the value falls short of the target in the good direction (0 or less: on target).</summary>
    public static double Shortfall(Indicator indicator, double value, double target) =>
        indicator.Polarity == Polarity.LowerIsBetter ? value - target : target - value;
}

using OpenCsc.Codes;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Placement stability, short term (DfE, Children looked after in England, measure A1: children looked after at 31 March
/// with three or more placements during the year): of the children looked after at the end of the period, those with
/// three or more placements in the twelve months up to it. The months run from the day after the same date a year
/// earlier (1 April to 31 March for a year ending 31 March). The placements are the one in force when the months start
/// (an episode started before the first day and not ended by it), plus one for each episode starting in the months whose
/// reason for new episode changes the placement: S (started to be looked after), P (change of placement only), T (change
/// of legal status and placement), B (change of placement and of legal status at once) and U (change of placement and
/// temporary absence ended). A change of legal status alone (L) is not a new placement. Episodes of earlier periods of
/// care in the same months count: the DfE counts the child's placements in the year, not in the current period.
/// </summary>
public sealed class Cla3PlusPlacements : Indicator
{
    public override string Code => "CLA_3PLUS_PLACEMENTS";

    public override string Title => "Looked-after children with 3 or more placements in 12 months";

    public override string Numerator => "Children looked after at the end of the period with 3 or more placements in the 12 months up to it";

    public override string? Denominator => "Children looked after at the end of the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    /// <summary>England's figure has been about 10% for years; the seed authority's target was to stay under it.</summary>
    public override double? DefaultTarget => 0.10;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "DfE: Children looked after in England (placement stability, measure A1)";

    public override string Timescale(IndicatorSettings settings) =>
        "As at the last day of the period: placements in the 12 months up to it (the one in force when they start, and each new episode with reason S, P, T, B or U).";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateOnly day = period.To;
        DateOnly monthsStart = DateKeys.LastDayUpTo(DateKeys.Of(day) - 10000).AddDays(1);
        var episodes = query.Db.CareEpisodes;
        return from p in OpenPeriodsOfCare.At(query, day)
               let inForce = episodes.Any(e => e.ChildId == p.ChildId && e.StartDate < monthsStart && (e.EndDate == null || e.EndDate > monthsStart)) ? 1 : 0
               let changes = episodes.Count(e => e.ChildId == p.ChildId && e.StartDate >= monthsStart && e.StartDate <= day
                   && PlacementChanges.Contains(e.ReasonForNewEpisode))
               select new IndicatorRow { ChildId = p.ChildId, RecordId = p.Id, Date = day, InNumerator = inForce + changes >= 3 };
    }

    /// <summary>The SSDA903 reasons for a new episode that start a new placement.</summary>
    internal static readonly string[] PlacementChanges = [.. ReasonsForNewEpisode.StartsPlacement.Codes];
}

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Placement stability, long term (DfE, Children looked after in England, measure A2): of the children under 16 at the
/// end of the period who have been looked after for two and a half years or more (a period of care started on or before
/// the date 30 months earlier, and not ended), those who have lived in the same placement for two years or more: the
/// latest episode on or before the day that started a placement (reason for new episode S, P, T, B or U; a change of
/// legal status alone, L, keeps the placement) started on or before the date two years earlier. A child whose date of
/// birth is not recorded cannot be shown to be under 16 and is left out. The DfE also counts a child placed for adoption
/// whose adoptive placement and the one before it together last two years; OpenCSC counts the adoptive placement alone,
/// which can only understate the figure.
/// </summary>
public sealed class ClaLongTermStability : Indicator
{
    public override string Code => "CLA_LONG_TERM_STABILITY";

    public override string Title => "Long-term placement stability";

    public override string Numerator => "Children under 16 looked after for 2.5 years or more who have been in the same placement for 2 years or more";

    public override string? Denominator => "Children under 16 at the end of the period, looked after for 2.5 years or more";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    /// <summary>England's figure has been about 70%.</summary>
    public override double? DefaultTarget => 0.70;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "DfE: Children looked after in England (placement stability, measure A2)";

    public override string Timescale(IndicatorSettings settings) =>
        "As at the last day of the period: looked after since 30 months before it, in the same placement since 24 months before it.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateOnly day = period.To;
        int key = DateKeys.Of(day);
        DateOnly lookedAfterBy = DateKeys.LastDayUpTo(DateKeys.AddMonths(day, -30));
        DateOnly placedBy = DateKeys.LastDayUpTo(key - 20000);
        DateOnly sixteenthBirthdayAfter = DateKeys.LastDayUpTo(key - 160000);
        var episodes = query.Db.CareEpisodes;
        return from p in OpenPeriodsOfCare.At(query, day)
               where p.StartDate <= lookedAfterBy
               join c in query.Db.Children on p.ChildId equals c.Id
               where c.DateOfBirth != null && c.DateOfBirth > sixteenthBirthdayAfter
               let placed = episodes
                   .Where(e => e.ChildId == p.ChildId && e.StartDate <= day && Cla3PlusPlacements.PlacementChanges.Contains(e.ReasonForNewEpisode))
                   .Max(e => (DateOnly?)e.StartDate)
               select new IndicatorRow { ChildId = p.ChildId, RecordId = p.Id, Date = day, InNumerator = placed != null && placed <= placedBy };
    }
}

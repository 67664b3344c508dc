namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// MASH decisions in timescale: of the contacts decided in the period, those decided no more than one working day
/// (a setting) after the day they were received, the day of receipt not counted. Local standard (seed 1.28).
/// </summary>
public sealed class ContactDecision1Wd : Indicator
{
    public override string Code => "CONTACT_DECISION_1WD";

    public override string Title => "Contact decisions within 1 working day";

    public override string Numerator => "Contacts decided in the period no more than the standard's working days after the day they were received";

    public override string? Denominator => "Contacts decided in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.9;

    public override string DefinedBy => "Local standard: the MASH decides every contact within 1 working day";

    public override string Timescale(IndicatorSettings settings) =>
        $"Decided no more than {settings.Timescales.ContactDecisionWorkingDays} working day(s) after the day of receipt (that day not counted).";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateTime periodStart = DateKeys.Start(period.From), periodEnd = DateKeys.EndExclusive(period.To);
        int n = query.Settings.Timescales.ContactDecisionWorkingDays;
        return from c in query.Db.Contacts
               where c.DecisionAt >= periodStart && c.DecisionAt < periodEnd
               join received in query.Days on DateOnly.FromDateTime(c.ReceivedAt) equals received.Day
               join decided in query.Days on DateOnly.FromDateTime(c.DecisionAt!.Value) equals decided.Day
               select new IndicatorRow
               {
                   ChildId = c.ChildId,
                   RecordId = c.Id,
                   Date = decided.Day,
                   InNumerator = decided.WorkingDayIndex - received.WorkingDayIndex <= n,
               };
    }
}

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Initial child protection conferences in timescale (DfE, CIN census; Working Together 2023): of the ICPCs held in
/// the period, those held no more than 15 working days after the strategy discussion that started the s47 enquiry
/// (the s47's own start date when no strategy discussion is linked), that day not counted.
/// </summary>
public sealed class S47Icpc15Wd : Indicator
{
    public override string Code => "S47_ICPC_15WD";

    public override string Title => "Initial conferences within 15 working days";

    public override string Numerator => "ICPCs held in the period no more than 15 working days after the strategy discussion";

    public override string? Denominator => "ICPCs held in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.9;

    public override string DefinedBy => "DfE: CIN census (strategy discussion to ICPC), Working Together 2023";

    public override string Timescale(IndicatorSettings settings) =>
        $"ICPC no more than {settings.Timescales.IcpcWorkingDays} working days after the strategy discussion (that day not counted).";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        int n = query.Settings.Timescales.IcpcWorkingDays;
        return from s in query.Db.Section47Enquiries
               where s.DateOfInitialCpc >= period.From && s.DateOfInitialCpc <= period.To
               join start in query.Days on (s.StrategyDiscussion != null ? s.StrategyDiscussion.Date : s.StartDate) equals start.Day
               join icpc in query.Days on s.DateOfInitialCpc equals icpc.Day
               select new IndicatorRow
               {
                   ChildId = s.ChildId,
                   RecordId = s.Id,
                   Date = icpc.Day,
                   InNumerator = icpc.WorkingDayIndex - start.WorkingDayIndex <= n,
               };
    }
}

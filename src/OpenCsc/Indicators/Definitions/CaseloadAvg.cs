using OpenCsc.Workforce;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Average caseload (the seed authority's dashboard; the DfE's children's social work workforce census counts cases
/// per case-holding social worker the same way): children allocated to a case-holding worker at the end of the period
/// (an allocation started on or before the day and not ended by it, naming a worker), over the case-holding workers in
/// post that day (started on or before it, not left by it), whether or not they hold any case. A child allocated to two
/// workers counts on each caseload. Cases held by a team without a worker are not anyone's caseload.
/// </summary>
public sealed class CaseloadAvg : Indicator
{
    public override string Code => "CASELOAD_AVG";

    public override string Title => "Average caseload";

    public override string Numerator => "Children allocated to case-holding workers at the end of the period";

    public override string? Denominator => "Case-holding workers in post at the end of the period";

    public override IndicatorUnit Unit => IndicatorUnit.Average;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    /// <summary>The seed authority's aim for a social worker's caseload.</summary>
    public override double? DefaultTarget => 18;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "Local standard (the seed authority's data dashboard); as the DfE's workforce census counts cases per worker";

    public override string Timescale(IndicatorSettings settings) => "As at the last day of the period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateOnly day = period.To;
        return from a in query.Db.Allocations
               where a.StartDate <= day && (a.EndDate == null || a.EndDate > day) && a.WorkerId != null
               join w in InPost(query, day) on a.WorkerId equals w.Id
               select new IndicatorRow { ChildId = a.ChildId, RecordId = a.Id, Date = day, InNumerator = true };
    }

    public override IQueryable<Worker> DenominatorWorkers(IndicatorQuery query, ReportingPeriod period) => InPost(query, period.To);

    private static IQueryable<Worker> InPost(IndicatorQuery query, DateOnly day) =>
        query.Db.Workers.Where(w => w.IsCaseHolding && w.StartDate <= day && (w.EndDate == null || w.EndDate > day));
}

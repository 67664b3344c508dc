using OpenCsc.FrontDoor;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Contacts converting to referral (seed dashboard "contacts converting to referral"): of the contacts received in
/// the period, those whose MASH decision was a referral to children's social care. Local definition.
/// </summary>
public sealed class ContactsToReferral : Indicator
{
    public override string Code => "CONTACTS_TO_REFERRAL";

    public override string Title => "Contacts that led to a referral";

    public override string Numerator => "Contacts received in the period whose decision was a referral";

    public override string? Denominator => "Contacts received in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.Neutral;

    public override string DefinedBy => "Local: the improvement plan's data dashboard";

    public override string Timescale(IndicatorSettings settings) => "None: the contact's date of receipt places it in a period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateTime from = DateKeys.Start(period.From), to = DateKeys.EndExclusive(period.To);
        return query.Db.Contacts
            .Where(c => c.ReceivedAt >= from && c.ReceivedAt < to)
            .Select(c => new IndicatorRow
            {
                ChildId = c.ChildId,
                RecordId = c.Id,
                Date = DateOnly.FromDateTime(c.ReceivedAt),
                InNumerator = c.Outcome == ContactOutcome.Referral,
            });
    }
}

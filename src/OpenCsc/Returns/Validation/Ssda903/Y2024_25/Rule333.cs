namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule333() : Ssda903Rule("333", "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).", "DATE_INT", "AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable ad1 = data.Ad1;
        ReturnColumn decided = ad1["DATE_INT"];
        ReturnColumn matched = ad1["DATE_MATCH"];
        for (int r = 0; r < ad1.RowCount; r++)
        {
            if (matched.Date(r) is { } match && (decided.Date(r) is not { } decision || decision > match))
            {
                failures.Add(ad1, r);
            }
        }
    }
}

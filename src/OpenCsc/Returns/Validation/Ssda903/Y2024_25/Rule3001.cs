namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule3001() : Ssda903Rule("3001", "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).", "REC", "Header;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Around the 17th birthday (in the year) the accommodation cannot be with former foster carers (Z1, Z2).
        ReturnTable oc3 = data.Oc3;
        ReturnColumn accommodation = oc3["ACCOM"];
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (accommodation[r]?.ToUpperInvariant() is "Z1" or "Z2" && data.BirthDate(oc3.Child[r]) is { } birth
                && birth.AddYears(17) >= data.CollectionStart && birth.AddYears(17) <= data.CollectionEnd)
            {
                failures.Add(oc3, r);
            }
        }
    }
}

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule344() : Ssda903Rule("344", "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.", "IN_TOUCH;ACTIV;ACCOM", "OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc3 = data.Oc3;
        ReturnColumn inTouch = oc3["IN_TOUCH"];
        ReturnColumn activity = oc3["ACTIV"];
        ReturnColumn accommodation = oc3["ACCOM"];
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (inTouch[r] is "DIED" or "RHOM" && (activity[r] != "0" || accommodation[r] != "0"))
            {
                failures.Add(oc3, r);
            }
        }
    }
}

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule345() : Ssda903Rule("345", "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.", "IN_TOUCH;ACTIV;ACCOM", "OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc3 = data.Oc3;
        ReturnColumn inTouch = oc3["IN_TOUCH"];
        ReturnColumn activity = oc3["ACTIV"];
        ReturnColumn accommodation = oc3["ACCOM"];
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (inTouch[r] == "YES" && (activity[r] == "0" || accommodation[r] == "0"))
            {
                failures.Add(oc3, r);
            }
        }
    }
}

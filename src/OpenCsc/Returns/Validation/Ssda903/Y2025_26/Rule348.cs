namespace OpenCsc.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule348() : Ssda903Rule("348", "Care leaver has previously been reported as having died.", "IN_TOUCH", "OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc3 = data.Oc3;
        ReturnTable last = data.Last("OC3");
        ReturnColumn inTouch = oc3["IN_TOUCH"];
        ReturnColumn lastInTouch = last["IN_TOUCH"];
        var died = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < last.RowCount; r++)
        {
            if (lastInTouch[r] == "DIED" && last.Child[r] is { } child)
            {
                died.Add(child);
            }
        }

        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (inTouch[r] != "DIED" && died.Contains(oc3.Child[r] ?? ""))
            {
                failures.Add(oc3, r);
            }
        }
    }
}

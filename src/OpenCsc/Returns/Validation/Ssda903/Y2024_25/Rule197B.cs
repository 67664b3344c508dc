namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule197B() : Ssda903Rule("197B", "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.", "SDQ_REASON;DOB", "OC2;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child who turns 4 or 17 during the year needs a score or a reason.
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc2 = data.Oc2;
        ReturnColumn score = oc2["SDQ_SCORE"];
        ReturnColumn reason = oc2["SDQ_REASON"];
        ReturnColumn dob = oc2["DOB"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (dob.Date(r) is not { } birth)
            {
                continue;
            }

            DateOnly fourth = birth.AddYears(4);
            DateOnly seventeenth = birth.AddYears(17);
            bool turns = (fourth >= data.CollectionStart && fourth <= data.CollectionEnd) || (seventeenth >= data.CollectionStart && seventeenth <= data.CollectionEnd);
            if (turns && continuous.Contains(oc2.Child[r] ?? "") && score.IsBlank(r) && reason.IsBlank(r))
            {
                failures.Add(oc2, r);
            }
        }
    }
}

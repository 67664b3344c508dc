namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule186() : Ssda903Rule("186", "'Children aged 4 or over at the start of the year and children aged under 17 at the ' + 'end of the year and who have been looked after for at least 12 months continuously ' + 'should have a Strengths and Difficulties (SDQ) score completed.'", "SDQ_SCORE", "Episodes;OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Aged 4 or over at the start of the year and under 17 at its end.
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc2 = data.Oc2;
        ReturnColumn score = oc2["SDQ_SCORE"];
        ReturnColumn reason = oc2["SDQ_REASON"];
        ReturnColumn dob = oc2["DOB"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (dob.Date(r) is { } birth && birth.AddYears(4) <= data.CollectionStart && birth.AddYears(17) > data.CollectionEnd
                && continuous.Contains(oc2.Child[r] ?? "") && score.IsBlank(r) && reason.IsBlank(r))
            {
                failures.Add(oc2, r);
            }
        }
    }
}

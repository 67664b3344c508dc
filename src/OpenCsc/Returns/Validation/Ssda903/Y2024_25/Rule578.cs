namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule578() : Ssda903Rule("578", "The date that the child started to be missing is after the child ceased to be looked after.", "MIS_START", "Episodes;Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A missing period starts within one of the child's periods of care.
        ReturnTable missing = data.Missing;
        IReadOnlyDictionary<string, List<(DateOnly Start, DateOnly? End)>> periods = data.PeriodsOfCare;
        ReturnColumn start = missing["MIS_START"];
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (start.Date(r) is { } from && periods.TryGetValue(missing.Child[r] ?? "", out List<(DateOnly Start, DateOnly? End)>? list) && list.Count > 0
                && list.All(p => from < p.Start || (p.End is { } end && from > end)))
            {
                failures.Add(missing, r);
            }
        }
    }
}

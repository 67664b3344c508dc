namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule232() : Ssda903Rule("232", "Sex of the child/young person has been reported as unknown.", "SEX", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnColumn sex = header["SEX"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (string.Equals(sex[r], "U", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add(header, r);
            }
        }
    }
}

namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2886Q() : CinCensusRule(
    "2886Q",
    "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)",
    "ExpectedPersonBirthDate;ChildIdentifiers",
    "Header")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable c = t.ChildIdentifiers;
        int born = 0, noSex = 0;
        foreach (int row in c.Rows())
        {
            if (!c["ExpectedPersonBirthDate"].IsBlank(row))
            {
                continue;
            }

            born++;
            if (c["Sex"][row] is null or "U")
            {
                noSex++;
            }
        }

        if (born > 0 && noSex * 50 > born)
        {
            failures.AddAll(t.Header, t.Header.Rows().Take(1));
        }
    }
}

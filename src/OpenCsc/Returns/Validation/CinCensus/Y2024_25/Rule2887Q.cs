using OpenCsc.Returns.CinCensus;

namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2887Q() : CinCensusRule(
    "2887Q",
    "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return",
    "Disability",
    "Header")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        int used = t.Disabilities.Rows().Select(row => t.Disabilities["Disability"][row])
            .Where(code => code is not null && code != "NONE" && CinCensusCodes.Disability.IsCode(code)).Distinct(StringComparer.Ordinal).Count();
        if (used < 8)
        {
            failures.AddAll(t.Header, t.Header.Rows().Take(1));
        }
    }
}

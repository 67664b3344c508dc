namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule218() : Ssda903Rule("218", "Ofsted Unique reference number (URN) is required.", "URN", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Placements registered with Ofsted need a URN, unless outside England or of a type without one.
        string[] noUrn = ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"];
        string[] outsideEngland = ["CON", "NIR", "SCO", "WAL", "NUK"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn urn = episodes["URN"];
        ReturnColumn la = episodes["PL_LA"];
        ReturnColumn end = episodes["DEC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            bool current = end.IsBlank(r) || end.Date(r) >= data.CollectionStart;
            if (current && urn.IsBlank(r) && !noUrn.Contains(place[r]) && !outsideEngland.Contains(la[r]?.ToUpperInvariant()))
            {
                failures.Add(episodes, r);
            }
        }
    }
}

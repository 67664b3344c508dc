namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule710() : Ssda903Rule("710", "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.", "DOLO_START;PLACEMENT", "DoLo;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable dolo = data.DoLo;
        Rule709.CheckOverlaps(data, failures, place => place is "K1" or "P1" or "R5" or "K3");
    }
}

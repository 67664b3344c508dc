namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule204() : SameAsLastYearRule("204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.", "ETHNIC", "Header;HEader_last", "ETHNIC")
{
    protected override bool Differs(ReturnColumn now, int row, ReturnColumn before, int lastRow) =>
        !string.Equals(now[row], before[lastRow], StringComparison.OrdinalIgnoreCase);
}

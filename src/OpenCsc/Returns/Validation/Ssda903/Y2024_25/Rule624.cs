namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule624() : SameAsLastYearRule("624", "'Date of birth of the first child contradicts the date of birth of the first child previously ' + 'recorded.'", "MC_DOB", "Header;Header_last", "MC_DOB")
{
    protected override bool Differs(ReturnColumn now, int row, ReturnColumn before, int lastRow) =>
        !before.IsBlank(lastRow) && !string.Equals(now[row], before[lastRow], StringComparison.Ordinal);
}

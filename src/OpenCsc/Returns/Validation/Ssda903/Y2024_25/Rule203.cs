namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule203() : SameAsLastYearRule("203", "Date of birth disagrees with the date of birth already recorded for this child.", "DOB", "Header;Header_last", "DOB")
{
    protected override bool Differs(ReturnColumn now, int row, ReturnColumn before, int lastRow) => now.Date(row) != before.Date(lastRow);
}

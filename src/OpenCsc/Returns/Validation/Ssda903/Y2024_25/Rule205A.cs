namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule205A() : UascAcrossYearsRule("205A", "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.", "CHILD;UASC", "UASC;UASC_last;Header;Header_last")
{
    // UASC last year and not this year: UASC must have ceased during last year (last year's DUC in last year's window)
    // and this year's return needs no date ceased.
    protected override bool Flags(Ssda903Data data, UascYears years)
    {
        if (years.Status == "1" || years.LastStatus != "1")
        {
            return false;
        }

        DateOnly? lastCeased = years.LastCeased.Date(years.LastRow);
        bool ceasedLastYear = lastCeased >= data.CollectionStart.AddYears(-1) && lastCeased <= data.CollectionEnd.AddYears(-1);
        return !years.Ceased.IsBlank(years.Row) || !ceasedLastYear;
    }
}

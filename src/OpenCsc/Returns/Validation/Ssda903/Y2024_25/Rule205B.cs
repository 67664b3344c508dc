namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule205B() : UascAcrossYearsRule("205B", "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.", "DUC;UASC", "UASC;UASC_last;Header;Header_last")
{
    // UASC in both years: last year's date ceased must be the 18th birthday (DOB of last year's UASC row), and this
    // year's must be in this year or the same as last year's.
    protected override bool Flags(Ssda903Data data, UascYears years)
    {
        if (years.Status != "1" || years.LastStatus != "1")
        {
            return false;
        }

        DateOnly? ceased = years.Ceased.Date(years.Row);
        DateOnly? lastCeased = years.LastCeased.Date(years.LastRow);
        DateOnly? eighteenth = years.LastBirth.Date(years.LastRow)?.AddYears(18);
        bool inYear = ceased >= data.CollectionStart && ceased <= data.CollectionEnd;
        bool carried = ceased is not null && ceased == lastCeased;
        bool lastAt18 = lastCeased is not null && lastCeased == eighteenth;
        return (!inYear && !carried) || !lastAt18;
    }
}

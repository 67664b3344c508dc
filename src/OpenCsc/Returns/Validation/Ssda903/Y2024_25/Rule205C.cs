namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule205C() : UascAcrossYearsRule("205C", "Child not identified as UASC either this year or last year but date UASC ceased has been provided.", "DUC;UASC", "UASC;UASC_last;Header;Header_last")
{
    // Not UASC in either year (status 0 or none), yet a date ceased in either year's UASC row.
    protected override bool Flags(Ssda903Data data, UascYears years) =>
        years.Status is null or "0" && years.LastStatus is null or "0"
        && (!years.Ceased.IsBlank(years.Row) || (years.InLastYear && !years.LastCeased.IsBlank(years.LastRow)));
}

using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule208() : SameAsLastYearRule("208", "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.", "UPN", "Header;Header_last", "UPN")
{
    // A UPN may go from unknown (blank or UN1) to UN2-UN5, and from unknown to a real UPN; otherwise it must not change.
    protected override bool Differs(ReturnColumn now, int row, ReturnColumn before, int lastRow)
    {
        string? current = now[row]?.ToUpperInvariant();
        string? previous = before[lastRow]?.ToUpperInvariant();
        if (current == previous)
        {
            return false;
        }

        bool wasUnknown = previous is null || UpnUnknownReasons.Ssda903.IsCode(previous);
        bool toUn2To5 = current is not "UN1" && UpnUnknownReasons.Ssda903.IsCode(current);
        bool toKnown = current is not null && !current.StartsWith("UN", StringComparison.Ordinal);
        return !((previous is null or "UN1") && toUn2To5) && !(wasUnknown && toKnown);
    }
}

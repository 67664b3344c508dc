using System.Text.RegularExpressions;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed partial class Rule392c() : Ssda903Rule("392c", "Postcode(s) provided are invalid.", "HOME_POST;PL_POST", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A home or placement postcode, when given, must be a full UK postcode: an outward code (A9, A99, AA9, AA99, A9A,
        // AA9A) and an inward code (9AA), in any case, spaces ignored. The DfE's tool also looks each one up in the ONS
        // postcode directory, which OpenCSC does not hold: a well-formed postcode that does not exist is not flagged.
        ReturnTable episodes = data.Episodes;
        ReturnColumn home = episodes["HOME_POST"];
        ReturnColumn placement = episodes["PL_POST"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if ((home[r] is { } h && !IsPostcode(h)) || (placement[r] is { } p && !IsPostcode(p)))
            {
                failures.Add(episodes, r);
            }
        }
    }

    public static bool IsPostcode(string value) => Postcode().IsMatch(value.Replace(" ", "", StringComparison.Ordinal));

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();
}

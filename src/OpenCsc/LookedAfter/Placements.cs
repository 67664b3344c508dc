using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.LookedAfter;

/// <summary>The SSDA903's rules on a placement that the start-of-care and change forms share.</summary>
internal static class Placements
{
    /// <summary>Temporary placements (T0-T4): no reason for placement change is recorded on a move into or out of one (rules 225, 226).</summary>
    public static bool IsTemporary(string placement) => placement is "T0" or "T1" or "T2" or "T3" or "T4";

    /// <summary>Placements that have no provider (rules 178, 213): temporary ones and those in the Z11-Z14 group.</summary>
    public static bool HasNoProvider(string placement) => IsTemporary(placement) || placement is "Z11" or "Z12" or "Z13" or "Z14";

    /// <summary>The placement provider, required unless the placement type has none, when it must be left blank.</summary>
    public static string? Provider(string? placement, string? value, List<FieldProblem> problems)
    {
        if (placement is null)
        {
            return null;
        }

        if (HasNoProvider(placement))
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new("provider", "Select no provider: this placement type has no placement provider"));
            }

            return null;
        }

        return FormFields.Code(value, Ssda903Codes.PlaceProvider.Codes, "provider", "Select the placement provider", problems);
    }
}

using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.LookedAfter;

/// <summary>The SSDA903's rules on a placement that the start-of-care and change forms share.</summary>
public static class Placements
{
    public const string NoProviderMessage = "Select no provider: this placement type has no placement provider";

    public const string ProviderMessage = "Select the placement provider";

    /// <summary>Temporary placements (T0-T4): no reason for placement change is recorded on a move into or out of one (rules 225, 226).</summary>
    public static bool IsTemporary(string placement) => placement is "T0" or "T1" or "T2" or "T3" or "T4";

    /// <summary>Placements that have no provider (rules 178, 213): temporary ones and those in the Z11-Z14 group.</summary>
    public static bool HasNoProvider(string placement) => IsTemporary(placement) || placement is "Z11" or "Z12" or "Z13" or "Z14";

    /// <summary>The placement provider is one of the SSDA903's, given unless the placement type has none, when it must be left blank.</summary>
    public static void CheckProvider(string? placement, string? provider, string field, FieldProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (placement is null)
        {
            return;
        }

        if (HasNoProvider(placement))
        {
            if (provider is not null)
            {
                problems.Add(field, NoProviderMessage);
            }
        }
        else if (provider is null || !Ssda903Codes.PlaceProvider.Codes.Contains(provider))
        {
            problems.Add(field, ProviderMessage);
        }
    }
}

using OpenCsc.Codes;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.Web.Pages.Children;

/// <summary>The SSDA903 code lists the looked-after forms offer, in the DfE's order, each with its meaning.</summary>
public static class LookedAfterOptions
{
    public static IReadOnlyList<(string Value, string Text)> LegalStatus { get; } = Of(Ssda903Codes.LegalStatus.Codes, LegalStatuses.Codes);

    public static IReadOnlyList<(string Value, string Text)> CategoryOfNeed { get; } = Of(Ssda903Codes.CategoryOfNeed.Codes, PrimaryNeeds.Codes);

    public static IReadOnlyList<(string Value, string Text)> Placement { get; } = Of(Ssda903Codes.Place.Codes, PlacementTypes.Codes);

    public static IReadOnlyList<(string Value, string Text)> Provider { get; } = Of(Ssda903Codes.PlaceProvider.Codes, PlacementProviders.Codes);

    public static IReadOnlyList<(string Value, string Text)> PlacementChangeReason { get; } = Of(Ssda903Codes.ReasonPlaceChange.Codes, ReasonsForPlacementChange.Codes);

    public static IReadOnlyList<(string Value, string Text)> ReasonCeased { get; } = Of(OpenCsc.LookedAfter.EndPeriodOfCare.Reasons, ReasonsEpisodeCeased.Codes);

    public static IReadOnlyList<(string Value, string Text)> Participation { get; } =
        [.. Ssda903Codes.ReviewCode.Codes.Select(c => (c, $"{c}: {ParticipationCodes.Codes.LabelOrNull(c)}"))];

    /// <summary>The placement provider's empty option: placements with none (temporary ones, Z11 to Z14).</summary>
    public const string NoProvider = "No provider (temporary placements, Z11 to Z14)";

    private static IReadOnlyList<(string Value, string Text)> Of(IEnumerable<string> codes, CodeList labels) =>
        [.. codes.Select(c => (c, labels.Describe(c)))];
}

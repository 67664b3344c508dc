using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>
/// The catalogue's lists (<see cref="OpenCsc.Codes"/>) under the SSDA903 item names the rules use, as they stand in
/// the latest known year (the rules of 2024/25 onwards check against the current lists). Not a definition: every
/// code, label and year is in the catalogue.
/// </summary>
public static class Ssda903Codes
{
    public static readonly CodeList Sex = Current(Sexes.Codes);

    public static readonly CodeList Ethnic = Current(Ethnicities.Codes);

    public static readonly CodeList ReasonNewEpisode = Current(ReasonsForNewEpisode.Codes);

    public static readonly CodeList LegalStatus = Current(LegalStatuses.Codes);

    public static readonly CodeList CategoryOfNeed = Current(PrimaryNeeds.CategoryOfNeed);

    public static readonly CodeList Place = Current(PlacementTypes.Codes);

    public static readonly CodeList PlaceProvider = Current(PlacementProviders.Codes);

    public static readonly CodeList ReasonEpisodeCeased = Current(ReasonsEpisodeCeased.Codes);

    public static readonly CodeList ReasonPlaceChange = Current(ReasonsForPlacementChange.Codes);

    public static readonly CodeList ReviewCode = Current(ParticipationCodes.Codes);

    public static readonly CodeList SdqReason = Current(SdqReasons.Codes);

    public static readonly CodeList InTouch = Current(CareLeaverCodes.InTouch);

    public static readonly CodeList Activity = Current(CareLeaverCodes.Activity);

    /// <summary>Accommodation after leaving care, letter and suitability; S1 and X1 are no longer collected.</summary>
    public static readonly CodeList Accommodation = Current(CareLeaverCodes.AccommodationAcceptedByRules);

    public static readonly CodeList YesNo = Current(YesNoCodes.Codes);

    public static readonly CodeList NumberOfAdopters = Current(AdopterCodes.Number);

    public static readonly CodeList SexOfAdopters = Current(AdopterCodes.Sex);

    public static readonly CodeList LegalStatusOfAdopters = Current(AdopterCodes.LegalStatus);

    public static readonly CodeList ReasonPlacedCeased = Current(ReasonsNoLongerPlacedForAdoption.Codes);

    public static readonly CodeList PreviousPermanence = Current(PreviousPermanenceCodes.Codes);

    public static readonly CodeList MissingType = Current(MissingTypes.Codes);

    public static readonly CodeList SocialWorkerReason = Current(SocialWorkerChangeReasons.Codes);

    private static CodeList Current(CodeList list) => list.ForYear(Catalogue.LatestKnownYear);
}

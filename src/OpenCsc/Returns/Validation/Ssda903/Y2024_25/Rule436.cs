namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule436() : NewEpisodeReasonRule("436", "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.", "RNE;LS;PLACE;PL_POST;URN;PLACE_PROVIDER", "Episodes", ["U", "B"], legalStatusChanges: true, placementChanges: true);

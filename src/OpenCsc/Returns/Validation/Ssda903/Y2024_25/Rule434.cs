namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule434() : NewEpisodeReasonRule("434", "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.", "RNE;LS;PLACE;PL_POST;URN;PLACE_PROVIDER", "Episodes", ["L"], legalStatusChanges: true, placementChanges: false);

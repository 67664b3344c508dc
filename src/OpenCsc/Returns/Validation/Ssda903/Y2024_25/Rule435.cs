namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule435() : NewEpisodeReasonRule("435", "'Reason for new episode is that child’s placement has changed but not the legal status, ' + 'but this is not reflected in the episode data recorded.'", "LS;PLACE;PL_POST;URN;PLACE_PROVIDER", "Episodes", ["P", "T"], legalStatusChanges: false, placementChanges: true);

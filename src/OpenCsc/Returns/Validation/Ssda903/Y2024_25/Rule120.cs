using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule120() : CodeListRule("120", "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.", "REASON_PLACED_CEASED", "PlacedAdoption", "PlacedAdoption", "REASON_PLACED_CEASED", Ssda903Codes.ReasonPlacedCeased, true);

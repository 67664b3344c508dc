namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT12() : SameAsHeaderRule("INT12", "Internal Check: DOB in PlacedAdoption is different to DOB in Header.", "DOB", "Header;PlacedAdoption", "PlacedAdoption", "DOB");

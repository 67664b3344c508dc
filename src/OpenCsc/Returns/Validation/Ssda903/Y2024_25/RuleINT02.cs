namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT02() : ChildInHeaderRule("INT02", "Internal Check: Child in PlacedAdoption does not exist in Header.", "CHILD", "Header;PlacedAdoption", "PlacedAdoption");

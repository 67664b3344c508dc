using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule519() : WhenThenRule("519", "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.", "LS_ADOPTR;SEX_ADOPTR", "AD1", "AD1", "LS_ADOPTR", ["L2"], "SEX_ADOPTR", [.. AdopterCodes.Couple.Codes], true);

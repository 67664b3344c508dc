namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule514() : WhenThenRule("514", "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.", "LS_ADOPTR;SEX_ADOPTR", "AD1", "AD1", "LS_ADOPTR", ["L0"], "SEX_ADOPTR", ["M1", "F1"], true);

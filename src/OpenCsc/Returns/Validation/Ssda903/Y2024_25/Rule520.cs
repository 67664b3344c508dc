namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule520() : WhenThenRule("520", "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.", "LS_ADOPTR;SEX_ADOPTR", "AD1", "AD1", "LS_ADOPTR", ["L11"], "SEX_ADOPTR", ["MF"], true);

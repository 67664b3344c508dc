namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule517() : WhenThenRule("517", "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.", "LS_ADOPTR;SEX_ADOPTR", "AD1", "AD1", "LS_ADOPTR", ["L3"], "SEX_ADOPTR", ["MF"], true);

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule518() : WhenThenRule("518", "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.", "LS_ADOPTR;SEX_ADOPTR", "AD1", "AD1", "LS_ADOPTR", ["L4"], "SEX_ADOPTR", ["MM", "FF"], true);

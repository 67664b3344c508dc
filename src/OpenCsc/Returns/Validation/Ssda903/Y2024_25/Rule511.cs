namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule511() : WhenThenRule("511", "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.", "NB_ADOPTR;SEX_ADOPTR", "AD1", "AD1", "NB_ADOPTR", ["2"], "SEX_ADOPTR", ["M1", "F1"], false);

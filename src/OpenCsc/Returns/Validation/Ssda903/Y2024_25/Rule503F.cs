namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503F() : CarriedOverFromLastYearRule("503F", "The Ofsted URN in the first episode does not match open episode at end of last year.", "URN", "Episodes;Episodes_last", "URN");

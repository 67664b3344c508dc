namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503C() : CarriedOverFromLastYearRule("503C", "The category of need in the first episode does not match open episode at end of last year.", "CIN", "Episodes;Episodes_last", "CIN");

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503B() : CarriedOverFromLastYearRule("503B", "The legal status in the first episode does not match open episode at end of last year.", "LS", "Episodes;Episodes_last", "LS");

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503J() : CarriedOverFromLastYearRule("503J", "The placement location in first episode does not match open episode at end of last year.", "PL_LOCATION", "Episodes;Episodes_last", "PL_LOCATION");

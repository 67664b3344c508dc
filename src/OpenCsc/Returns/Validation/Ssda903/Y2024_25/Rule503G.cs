namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503G() : CarriedOverFromLastYearRule("503G", "The distance in first episode does not match open episode at end of last year.", "PL_DISTANCE", "Episodes;Episodes_last", "PL_DISTANCE");

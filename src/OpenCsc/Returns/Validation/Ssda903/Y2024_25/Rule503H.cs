namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503H() : CarriedOverFromLastYearRule("503H", "The placement LA in first episode does not match open episode at end of last year.", "PL_LA", "Episodes;Episodes_last", "PL_LA");

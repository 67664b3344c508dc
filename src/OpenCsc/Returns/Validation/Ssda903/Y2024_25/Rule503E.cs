namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503E() : CarriedOverFromLastYearRule("503E", "The placement provider in the first episode does not match open episode at end of last year.", "PLACE_PROVIDER", "Episodes;Episodes_last", "PLACE_PROVIDER");

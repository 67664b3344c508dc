namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503A() : CarriedOverFromLastYearRule("503A", "The reason for new episode in the first episode does not match open episode at end of last year.", "RNE", "Episodes;Episodes_last", "RNE");

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule364() : LegalStatusSpanRule("364", "'Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits ' + 'the time a child can be detained in custody in Local Authority (LA) accommodation.'", "LS;DECOM;DEC", "Episodes", "J2", 21);

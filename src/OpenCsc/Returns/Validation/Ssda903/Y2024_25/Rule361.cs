namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule361() : LegalStatusSpanRule("361", "'Police protection legal status lasted longer than maximum 72 hours allowed ' + 'in the Children Act 1989.'", "DECOM;LS;DEC", "Episodes", "L1", 3);

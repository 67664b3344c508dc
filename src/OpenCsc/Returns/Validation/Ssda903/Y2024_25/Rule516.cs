namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule516() : WhenThenRule("516", "The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.", "REC;PLACE", "Episodes", "Episodes", "REC", ["E45", "E46"], "PLACE", ["U1", "U2", "U3", "U4", "U5", "U6"], true);

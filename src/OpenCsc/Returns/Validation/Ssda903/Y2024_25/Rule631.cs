using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule631() : CodeListRule("631", "Previous permanence option not a valid value.", "PREV_PERM", "PrevPerm", "PrevPerm", "PREV_PERM", Ssda903Codes.PreviousPermanence, true);

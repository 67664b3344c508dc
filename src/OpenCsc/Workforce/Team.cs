using OpenCsc.Data;

namespace OpenCsc.Workforce;

public class Team : Entity
{
    public string Name { get; set; } = "";

    public TeamKind Kind { get; set; }

    public long ServiceId { get; set; }

    public Service? Service { get; set; }
}

public enum TeamKind
{
    Mash,
    Assessment,
    ChildInNeed,
    ChildProtection,
    ChildrenInCare,
    LeavingCare,
    DisabledChildren,
    EarlyHelp,
    Adoption,
    IndependentReviewing,
}

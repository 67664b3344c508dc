namespace OpenCsc.Trackers;

/// <summary>What an open item is: the statutory duty that is due.</summary>
public enum ItemKind
{
    ChildInNeedVisit,
    ChildProtectionVisit,
    LookedAfterVisit,
    CareLeaverVisit,
    Assessment,
    InitialConference,
    LacReview,
    InitialHealthAssessment,
    ReturnHomeInterview,
}

public static class ItemKinds
{
    /// <summary>The kind as practitioners name it, for lists and files.</summary>
    public static string Label(ItemKind kind) => kind switch
    {
        ItemKind.ChildInNeedVisit => "CIN visit",
        ItemKind.ChildProtectionVisit => "CP visit",
        ItemKind.LookedAfterVisit => "CLA visit",
        ItemKind.CareLeaverVisit => "Care leaver visit",
        ItemKind.Assessment => "Assessment",
        ItemKind.InitialConference => "ICPC",
        ItemKind.LacReview => "CLA review",
        ItemKind.InitialHealthAssessment => "Initial health assessment",
        ItemKind.ReturnHomeInterview => "Return home interview",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

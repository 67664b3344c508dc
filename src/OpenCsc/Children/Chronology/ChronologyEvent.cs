namespace OpenCsc.Children.Chronology;

/// <summary>One event in a child's journey. Stage orders events of the same day as the journey runs (<see cref="ChronologyStage"/>).</summary>
public sealed record ChronologyEvent(
    DateOnly Date,
    TimeOnly? Time,
    int Stage,
    ChronologyType Type,
    string Title,
    IReadOnlyList<string> Details);

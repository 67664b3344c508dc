using OpenCsc.FrontDoor;

namespace OpenCsc.Web.Pages.FrontDoor;

/// <summary>The BRAG ratings as radio buttons: the value sent (the rating's name) and its label.</summary>
public static class BragOptions
{
    public static IReadOnlyList<(string Value, string Label)> All { get; } =
        [.. Enum.GetValues<Brag>().Select(b => (b.ToString(), JourneyLabels.Of(b)))];

    public static IReadOnlyList<(string Value, string Label)> Outcomes { get; } =
        [.. Enum.GetValues<ContactOutcome>().Select(o => (o.ToString(), JourneyLabels.Of(o)))];
}

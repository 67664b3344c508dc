using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Children;

public static class StatusDisplay
{
    public static TagModel Tag(CurrentStatus status) => status switch
    {
        CurrentStatus.ChildProtection => new TagModel("CP", "red"),
        CurrentStatus.LookedAfter => new TagModel("CLA", "purple"),
        CurrentStatus.ChildInNeed => new TagModel("CIN", "blue"),
        CurrentStatus.Closed => new TagModel("Closed", "grey"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

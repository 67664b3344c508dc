namespace OpenCsc.Web.Pages.Children;

/// <summary>The find-a-child form: what was typed, and the error to show against it.</summary>
public sealed record ChildSearchForm(string? Query, string? Error, bool LabelIsPageHeading = false)
{
    public const string FieldId = "q";
}

using OpenCsc.Web.Background;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Returns;

/// <summary>How an import's state reads on the pages.</summary>
public static class ImportDisplay
{
    public static TagModel Tag(ImportJob job) => job.State switch
    {
        ImportJobState.Queued => new TagModel("Waiting", "grey"),
        ImportJobState.Running => new TagModel("Importing", "blue"),
        ImportJobState.Succeeded => new TagModel("Imported", "green"),
        ImportJobState.Rejected => new TagModel("Rejected", "red"),
        ImportJobState.AwaitingConfirmation => new TagModel("Waiting for you to confirm", "yellow"),
        ImportJobState.Cancelled => new TagModel("Cancelled", "grey"),
        _ => new TagModel("Failed", "red"),
    };
}

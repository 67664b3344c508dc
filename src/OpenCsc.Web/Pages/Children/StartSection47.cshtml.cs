using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.Calendar;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Start a section 47 enquiry from the child's page: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class StartSection47Model(AppDbContext db, CurrentStaff staff, RecordingContexts contexts, StatutoryTimescales timescales) : RecordingPageModel
{
    /// <summary>The initial conference is due this many working days after the discussion (or the enquiry's start).</summary>
    public int IcpcWorkingDays => timescales.IcpcWorkingDays;

    /// <summary>The strategy discussions that decided on an enquiry none follows yet, newest first.</summary>
    public IReadOnlyList<DecidingDiscussion> Discussions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Offer(new Dictionary<string, string?> { ["strategy"] = Discussions.Count > 0 ? Discussions[0].Id.ToString(CultureInfo.InvariantCulture) : null });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        form.Link(nameof(StartSection47EnquiryCommand.StrategyDiscussionId), "strategy");
        DateOnly? start = form.Date(nameof(StartSection47EnquiryCommand.StartDate), "start", "the date the enquiry started", required: true, notAfter: context.Today);
        // The discussions are asked about only when there are some; "none of these" is no discussion.
        long? discussion = Discussions.Count > 0 && form.Raw("strategy")?.Trim() != StartSection47Enquiry.NoDiscussion
            ? form.Id(nameof(StartSection47EnquiryCommand.StrategyDiscussionId), "strategy", "Select the strategy discussion that decided on the enquiry")
            : null;
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        return await SaveOnceAsync(db, context, () => StartSection47Enquiry.RunAsync(db, context, new StartSection47EnquiryCommand(id, start!.Value, discussion), cancellationToken), form,
            enquiry => $"Section 47 enquiry from {Formatting.Date(enquiry.StartDate)} recorded: the initial child protection conference is due by {Formatting.Date(enquiry.InitialCpcTarget)}.",
            _ => ChildUrl, cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Discussions = await StartSection47Enquiry.DecidingDiscussionsAsync(db, id, cancellationToken);
        return null;
    }
}

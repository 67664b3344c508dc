using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Start a section 47 enquiry from the child's page: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class StartSection47Model(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string ChildName { get; private set; } = "";

    /// <summary>The strategy discussions that decided on an enquiry none follows yet, newest first.</summary>
    public IReadOnlyList<DecidingDiscussion> Discussions { get; private set; } = [];

    public Section47Form Form { get; private set; } = new(null, null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = Form with { Strategy = Discussions.Count > 0 ? Discussions[0].Id.ToString(Formatting.EnGb) : null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? day, string? month, string? year, string? strategy, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new Section47Form(day, month, year, strategy);
        var (enquiry, problems) = await StartSection47Enquiry.RunAsync(db, id, Form, RecordingPages.Today(clock), cancellationToken: cancellationToken);
        if (enquiry is null)
        {
            Errors = RecordingPages.Errors(problems);
            return Page();
        }

        Saved = $"Section 47 enquiry from {Formatting.Date(enquiry.StartDate)} recorded: the initial child protection conference is due by {Formatting.Date(enquiry.InitialCpcTarget)}.";
        return Redirect(RecordingPages.ChildUrl(id));
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        ChildId = id;
        (IActionResult? refused, ChildName) = await RecordingPages.OpenChildAsync(this, db, staff, id, cancellationToken);
        if (refused is null)
        {
            Discussions = await StartSection47Enquiry.DecidingDiscussionsAsync(db, id, cancellationToken);
        }

        return refused;
    }
}

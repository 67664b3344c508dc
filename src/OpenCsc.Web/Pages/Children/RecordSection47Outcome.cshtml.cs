using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildProtection;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>The section 47 enquiry as the form shows it, with its version.</summary>
public sealed record Section47Summary(DateOnly Start, DateOnly? Discussion, DateOnly? Target, DateOnly? Icpc, bool NotRequired, Section47Outcome? Outcome, string Version)
{
    public bool Concluded => Outcome is not null || Icpc is not null || NotRequired;
}

/// <summary>Record the outcome of a section 47 enquiry of a child in scope: practitioners (a CP chair included).</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordSection47OutcomeModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public long EnquiryId { get; private set; }

    public string ChildName { get; private set; } = "";

    public Section47Summary Enquiry { get; private set; } = null!;

    public Section47OutcomeForm Form { get; private set; } = new(null, null, null, null, null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, long enquiry, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, enquiry, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = Form with { Version = Enquiry.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        long id, long enquiry, string? conference, string? day, string? month, string? year, string? outcome, string? category, string? version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, enquiry, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new Section47OutcomeForm(conference, day, month, year, outcome, category, version);
        var (concluded, problems) = await RecordSection47Outcome.RunAsync(db, enquiry, Form, RecordingPages.Today(clock), cancellationToken);
        if (concluded is null)
        {
            Errors = RecordingPages.Errors(problems);
            if (RecordingPages.IsConflict(problems))
            {
                await LoadAsync(id, enquiry, cancellationToken);
                Form = Form with { Version = Enquiry.Version };
            }

            return Page();
        }

        string on = Formatting.Date(concluded.On);
        Saved = concluded.Outcome switch
        {
            Section47Outcome.ChildProtectionPlan =>
                $"Initial child protection conference on {on} recorded: child protection plan ({CategoriesOfAbuse.Codes.LabelOrNull(concluded.CpPlan!.InitialCategory)?.ToLowerInvariant()}) from {on}"
                + (concluded.EndedCinPlan is null ? "." : "; the child in need plan ended that day."),
            Section47Outcome.ChildInNeedPlan => concluded.StartedCinPlan is null
                ? $"Outcome of the section 47 enquiry recorded: child in need plan (the current plan continues)."
                : $"Outcome of the section 47 enquiry recorded: child in need plan from {on}.",
            Section47Outcome.NoFurtherAction => "Outcome of the section 47 enquiry recorded: no further action.",
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
        return Redirect(RecordingPages.ChildUrl(id));
    }

    private async Task<IActionResult?> LoadAsync(long id, long enquiry, CancellationToken cancellationToken)
    {
        (ChildId, EnquiryId) = (id, enquiry);
        (IActionResult? refused, ChildName) = await RecordingPages.OpenChildAsync(this, db, staff, id, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        Section47Enquiry? found = await db.Section47Enquiries.AsNoTracking().Include(s => s.StrategyDiscussion)
            .FirstOrDefaultAsync(s => s.Id == enquiry && s.ChildId == id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Enquiry = new Section47Summary(found.StartDate, found.StrategyDiscussion?.Date, found.InitialCpcTarget, found.DateOfInitialCpc, found.IcpcNotRequired, found.Outcome,
            EditConflicts.VersionOf(found));
        return null;
    }
}

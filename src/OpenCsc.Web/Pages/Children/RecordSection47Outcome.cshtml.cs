using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildProtection;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>The section 47 enquiry as the form shows it, with its version.</summary>
public sealed record Section47Summary(DateOnly Start, DateOnly? Discussion, DateOnly? Target, DateOnly? Icpc, bool NotRequired, Section47Outcome? Outcome, string Version)
{
    public bool Concluded => Outcome is not null || Icpc is not null || NotRequired;
}

/// <summary>Record the outcome of a section 47 enquiry of a child in scope: practitioners (a CP chair included).</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordSection47OutcomeModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    private static readonly string[] Conferences = [RecordSection47Outcome.Held, RecordSection47Outcome.NotRequired];

    public long EnquiryId { get; private set; }

    public Section47Summary Enquiry { get; private set; } = null!;

    /// <summary>The version the form carries: the one it was opened on, or after a conflict the enquiry's as it is now.</summary>
    public string? FormVersion => IsConflict ? Enquiry.Version : Value("version");

    public async Task<IActionResult> OnGetAsync(long id, long enquiry, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, enquiry, cancellationToken) is { } refused)
        {
            return refused;
        }

        Offer(new Dictionary<string, string?> { ["version"] = Enquiry.Version });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long enquiry, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, enquiry, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        form.Link(nameof(RecordSection47OutcomeCommand.EnquiryId), "current");
        string? conference = form.Code(nameof(RecordSection47OutcomeCommand.ConferenceHeld), "conference", Conferences, "Select whether an initial child protection conference was held");
        bool? held = conference is null ? null : conference == RecordSection47Outcome.Held;
        DateOnly? date = form.Date(nameof(RecordSection47OutcomeCommand.Date), "date", RecordSection47Outcome.DateIs(held), required: true, notAfter: context.Today);
        Section47Outcome? outcome = form.Choice<Section47Outcome>(nameof(RecordSection47OutcomeCommand.Outcome), "outcome", "Select the outcome");
        // Required by the use case for a protection plan, so that a missing category shows with the other rules' problems.
        string? category = outcome == Section47Outcome.ChildProtectionPlan
            ? form.Code(nameof(RecordSection47OutcomeCommand.Category), "category", [.. CategoriesOfAbuse.Codes.Entries.Select(e => e.Code)], "Select the category of abuse", required: false)
            : null;
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new RecordSection47OutcomeCommand(id, enquiry, held!.Value, date!.Value, outcome!.Value, category, form.Version());
        var result = await RecordSection47Outcome.RunAsync(db, context, command, cancellationToken);
        IActionResult shown = Show(result, form, Message, _ => ChildUrl);
        if (IsConflict)
        {
            await LoadAsync(id, enquiry, cancellationToken);
        }

        return shown;
    }

    private static string Message(Section47Concluded concluded)
    {
        string on = Formatting.Date(concluded.On);
        return concluded.Outcome switch
        {
            Section47Outcome.ChildProtectionPlan =>
                $"Initial child protection conference on {on} recorded: child protection plan ({CategoriesOfAbuse.Codes.LabelOrNull(concluded.CpPlan!.InitialCategory)?.ToLowerInvariant()}) from {on}"
                + (concluded.EndedCinPlan is null ? "." : "; the child in need plan ended that day."),
            Section47Outcome.ChildInNeedPlan => concluded.StartedCinPlan is null
                ? "Outcome of the section 47 enquiry recorded: child in need plan (the current plan continues)."
                : $"Outcome of the section 47 enquiry recorded: child in need plan from {on}.",
            Section47Outcome.NoFurtherAction => "Outcome of the section 47 enquiry recorded: no further action.",
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    private async Task<IActionResult?> LoadAsync(long id, long enquiry, CancellationToken cancellationToken)
    {
        EnquiryId = enquiry;
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
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

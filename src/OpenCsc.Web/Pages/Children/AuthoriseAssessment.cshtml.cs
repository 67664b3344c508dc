using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>What the manager sees of the assessment they are deciding on.</summary>
public sealed record AssessmentSummary(DateOnly Start, string? Worker, DateOnly? Seen, IReadOnlyList<string> Factors, DateOnly? Authorised, string? AuthorisedBy, AssessmentOutcome? Outcome, string? Rationale, int Version);

/// <summary>
/// A team manager or head of service authorises an assessment of a child in their scope: outcome, date and the
/// rationale nothing is authorised without.
/// </summary>
[Authorize(Policy = PagePolicies.ManagerDecisions)]
public sealed class AuthoriseAssessmentModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts, StatutoryTimescales timescales) : RecordingPageModel
{
    public long AssessmentId { get; private set; }

    public AssessmentSummary Assessment { get; private set; } = null!;

    /// <summary>The working days an assessment is due within, as the hint states them.</summary>
    public int AssessmentWorkingDays => timescales.AssessmentWorkingDays;

    public async Task<IActionResult> OnGetAsync(long id, long assessment, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, assessment, cancellationToken) is { } refused)
        {
            return refused;
        }

        Offer(new Dictionary<string, string?>(DateValues(clock.Today()))
        {
            ["version"] = Assessment.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long assessment, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, assessment, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        AssessmentOutcome? outcome = form.Choice<AssessmentOutcome>(nameof(AuthoriseAssessmentCommand.Outcome), "outcome", "Select the outcome of the assessment");
        DateOnly? authorised = form.Date(nameof(AuthoriseAssessmentCommand.AuthorisationDate), "authorised", "the date of authorisation", required: true, notAfter: context.Today);
        DateOnly? seen = form.Date(nameof(AuthoriseAssessmentCommand.ChildSeenDate), "seen", "the date the child was seen", required: false, "seenDay", "seenMonth", "seenYear");
        if (seen is { } s && (s > context.Today || s > authorised))
        {
            form.Problem(nameof(AuthoriseAssessmentCommand.ChildSeenDate), AuthoriseAssessment.SeenOutsideMessage);
        }

        string? rationale = form.Text(nameof(AuthoriseAssessmentCommand.Rationale), "rationale", "your rationale", required: false);
        if (AuthoriseAssessment.RationaleProblem(rationale) is { } rationaleProblem)
        {
            form.Problem(nameof(AuthoriseAssessmentCommand.Rationale), rationaleProblem);
        }

        // An assessment authorised by someone else since is said above the form, where the decision is shown.
        form.Link(nameof(AuthoriseAssessmentCommand.Version), "already");
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new AuthoriseAssessmentCommand(id, assessment, outcome!.Value, authorised!.Value, seen, rationale!, form.Version());
        var result = await AuthoriseAssessment.RunAsync(db, context, command, cancellationToken);
        return Show(result, form, a => $"Assessment authorised: {JourneyLabels.Of(a.Outcome!.Value).ToLowerInvariant()}.", _ => ChildUrl);
    }

    private async Task<IActionResult?> LoadAsync(long id, long assessment, CancellationToken cancellationToken)
    {
        AssessmentId = assessment;
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        AssessmentSummary? summary = await db.Assessments.AsNoTracking().Where(a => a.Id == assessment && a.ChildId == id)
            .Select(a => new AssessmentSummary(
                a.StartDate,
                a.Worker == null ? null : a.Worker.FirstName + " " + a.Worker.LastName,
                a.ChildSeenDate,
                a.Factors.OrderBy(f => f.Code).Select(f => f.Code).ToList(),
                a.AuthorisationDate,
                a.AuthorisedBy == null ? null : a.AuthorisedBy.FirstName + " " + a.AuthorisedBy.LastName,
                a.Outcome,
                a.AuthorisationRationale,
                a.RowVersion))
            .FirstOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        Assessment = summary;
        return null;
    }
}

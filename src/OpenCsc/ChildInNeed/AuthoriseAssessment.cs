using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildInNeed;

/// <summary>
/// An authorisation: the outcome, the date, the day the child was seen (when the worker did not record it), the
/// manager's rationale, and the version of the assessment the form showed.
/// </summary>
public sealed record AuthoriseAssessmentCommand(long ChildId, long AssessmentId, AssessmentOutcome Outcome, DateOnly AuthorisationDate, DateOnly? ChildSeenDate, string Rationale, int? Version);

/// <summary>
/// A team manager or head of service authorises a child and family assessment: the outcome, the date of
/// authorisation (the day the statutory working days are measured to) and the manager's rationale, which is required:
/// the seed authority's inspectors found decisions without a manager's rationale, and nothing counts as authorised
/// without one. The date the child was seen may be recorded here if the worker did not. An assessment is authorised
/// once: if another manager authorised it after the form was opened, nothing is saved and the form says who; if the
/// assessment changed otherwise since, nothing is saved either (<see cref="EditConflicts"/>).
/// </summary>
public static class AuthoriseAssessment
{
    public const int MinimumRationaleLength = 20;
    public const int MaximumRationaleLength = 4000;

    public const string SeenOutsideMessage = "The date the child was seen must be during the assessment: on or after it started and not after it was authorised";

    public static async Task<RecordingResult<Assessment>> RunAsync(AppDbContext db, RecordingContext context, AuthoriseAssessmentCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        Assessment? assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == command.AssessmentId && a.ChildId == command.ChildId, cancellationToken);
        if (assessment is null)
        {
            return Recorded.NotFound;
        }

        if (assessment.AuthorisationDate is not null)
        {
            string? by = assessment.AuthorisedById is { } id
                ? await db.Workers.Where(w => w.Id == id).Select(w => w.FirstName + " " + w.LastName).FirstOrDefaultAsync(cancellationToken)
                : null;
            return Recorded.Invalid(nameof(command.Version), $"This assessment was authorised{(by is null ? "" : " by " + by)} after you opened it: nothing you entered was saved. Reload the child's record to see the decision.");
        }

        var problems = new FieldProblems();
        if (problems.NotInFuture(command.AuthorisationDate, context.Today, nameof(command.AuthorisationDate), "the date of authorisation")
            && command.AuthorisationDate < assessment.StartDate)
        {
            problems.Add(nameof(command.AuthorisationDate), $"The date of authorisation must be on or after the assessment started ({FieldProblems.Show(assessment.StartDate)})");
        }

        if (command.ChildSeenDate is { } seen && (seen < assessment.StartDate || seen > command.AuthorisationDate || seen > context.Today))
        {
            problems.Add(nameof(command.ChildSeenDate), SeenOutsideMessage);
        }

        if (RationaleProblem(command.Rationale) is { } rationaleProblem)
        {
            problems.Add(nameof(command.Rationale), rationaleProblem);
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        if (!db.IsAsSeen(assessment, command.Version))
        {
            return Recorded.Conflict(nameof(command.Outcome));
        }

        assessment.Outcome = command.Outcome;
        assessment.AuthorisationDate = command.AuthorisationDate;
        assessment.AuthorisationRationale = command.Rationale.Trim();
        assessment.AuthorisedById = context.WorkerId;
        if (command.ChildSeenDate is not null)
        {
            assessment.ChildSeenDate = command.ChildSeenDate;
        }

        return await context.SaveAsync(db, assessment, nameof(command.Outcome), cancellationToken);
    }

    /// <summary>What is wrong with the rationale, in this form's own words; null when it will do.</summary>
    public static string? RationaleProblem(string? rationale)
    {
        int length = rationale?.Trim().Length ?? 0;
        if (length == 0)
        {
            return "Enter your rationale for the decision: an assessment is not authorised without one";
        }

        if (length < MinimumRationaleLength)
        {
            return $"The rationale must be at least {MinimumRationaleLength.ToString(CultureInfo.InvariantCulture)} characters: say why this outcome";
        }

        return length > MaximumRationaleLength
            ? $"The rationale must be {MaximumRationaleLength.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} characters or fewer"
            : null;
    }
}

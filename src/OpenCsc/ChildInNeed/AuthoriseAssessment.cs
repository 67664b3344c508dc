using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.ChildInNeed;

/// <summary>An authorisation as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record AuthorisationForm(string? Outcome, string? Day, string? Month, string? Year, string? SeenDay, string? SeenMonth, string? SeenYear, string? Rationale);

/// <summary>A field that does not meet its rule: the form field's id and what was expected.</summary>
public sealed record AuthorisationFieldError(string FieldId, string Message);

/// <summary>
/// A team manager or head of service authorises a child and family assessment: the outcome, the date of
/// authorisation (the day the 45 working days are measured to) and the manager's rationale, which is required: the
/// seed authority's inspectors found decisions without a manager's rationale, and nothing counts as authorised
/// without one. The date the child was seen may be recorded here if the worker did not. An assessment is authorised
/// once: if another manager authorised it after the form was opened, nothing is saved and the form says who.
/// </summary>
public static class AuthoriseAssessment
{
    public const int MinimumRationaleLength = 20;
    public const int MaximumRationaleLength = 4000;

    public static async Task<(bool Saved, IReadOnlyList<AuthorisationFieldError> Errors)> RunAsync(
        AppDbContext db, long assessmentId, long? managerWorkerId, AuthorisationForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<AuthorisationFieldError>();
        if (!Enum.TryParse(form.Outcome, out AssessmentOutcome outcome) || !Enum.IsDefined(outcome))
        {
            errors.Add(new("outcome", "Select the outcome of the assessment"));
        }

        var current = await db.Assessments.AsNoTracking().Where(a => a.Id == assessmentId)
            .Select(a => new { a.StartDate, a.ChildSeenDate }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("No such assessment.");
        DateOnly? authorised = ParseDate(form.Day, form.Month, form.Year, "authorised-day", "the date of authorisation", required: true, errors);
        if (authorised is { } a)
        {
            if (a > today)
            {
                errors.Add(new("authorised-day", "The date of authorisation must be today or in the past"));
            }
            else if (a < current.StartDate)
            {
                errors.Add(new("authorised-day", $"The date of authorisation must be on or after the assessment started ({current.StartDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))})"));
            }
        }

        DateOnly? seen = ParseDate(form.SeenDay, form.SeenMonth, form.SeenYear, "seen-day", "the date the child was seen", required: false, errors);
        if (seen is { } s && (s < current.StartDate || (authorised is { } until && s > until) || s > today))
        {
            errors.Add(new("seen-day", "The date the child was seen must be during the assessment: on or after it started and not after it was authorised"));
        }

        string rationale = form.Rationale?.Trim() ?? "";
        if (rationale.Length == 0)
        {
            errors.Add(new("rationale", "Enter your rationale for the decision: an assessment is not authorised without one"));
        }
        else if (rationale.Length < MinimumRationaleLength)
        {
            errors.Add(new("rationale", $"The rationale must be at least {MinimumRationaleLength} characters: say why this outcome"));
        }
        else if (rationale.Length > MaximumRationaleLength)
        {
            errors.Add(new("rationale", $"The rationale must be {MaximumRationaleLength:N0} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return (false, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // Two managers at once: the second waits here, then finds the assessment authorised.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM assessments WHERE id = {assessmentId} FOR UPDATE", cancellationToken);
        }

        Assessment assessment = await db.Assessments.FirstAsync(x => x.Id == assessmentId, cancellationToken);
        if (assessment.AuthorisationDate is not null)
        {
            string? by = assessment.AuthorisedById is { } id
                ? await db.Workers.Where(w => w.Id == id).Select(w => w.FirstName + " " + w.LastName).FirstOrDefaultAsync(cancellationToken)
                : null;
            return (false, [new("already", $"This assessment was authorised{(by is null ? "" : " by " + by)} after you opened it: nothing you entered was saved. Reload the child's record to see the decision.")]);
        }

        assessment.Outcome = outcome;
        assessment.AuthorisationDate = authorised;
        assessment.AuthorisationRationale = rationale;
        assessment.AuthorisedById = managerWorkerId;
        if (seen is not null)
        {
            assessment.ChildSeenDate = seen;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (true, []);
    }

    private static DateOnly? ParseDate(string? day, string? month, string? year, string field, string what, bool required, List<AuthorisationFieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
        {
            if (required)
            {
                errors.Add(new(field, $"Enter {what}"));
            }

            return null;
        }

        if (!int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || y is < 1900 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            errors.Add(new(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date, for example 27 3 2026"));
            return null;
        }

        return new DateOnly(y, m, d);
    }
}

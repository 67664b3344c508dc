using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.ChildProtection;

/// <summary>A strategy discussion as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record StrategyDiscussionForm(
    string? Day, string? Month, string? Year, IReadOnlyCollection<string> Agencies, string? OtherAgencies, string? AbsentReason, string? Decision, string? Rationale);

/// <summary>A field that does not meet its rule: the form field's id and what was expected.</summary>
public sealed record StrategyFieldError(string FieldId, string Message);

/// <summary>
/// Records a strategy discussion: the day, who took part (children's social care, police, health, education, others),
/// why when police or health did not (Working Together expects all three statutory agencies; the seed authority's
/// inspectors found discussions that did not record who took part), the decision and its rationale. It belongs to the
/// child in need episode open on that day; the person recording it chairs it.
/// </summary>
public static class RecordStrategyDiscussion
{
    public const string Csc = "csc";
    public const string Police = "police";
    public const string Health = "health";
    public const string Education = "education";
    public const int MaximumTextLength = 4000;

    public static async Task<(StrategyDiscussion? Discussion, IReadOnlyList<StrategyFieldError> Errors)> RunAsync(
        AppDbContext db, long childId, long? chairWorkerId, StrategyDiscussionForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<StrategyFieldError>();
        DateOnly? date = null;
        if (string.IsNullOrWhiteSpace(form.Day) && string.IsNullOrWhiteSpace(form.Month) && string.IsNullOrWhiteSpace(form.Year))
        {
            errors.Add(new("date-day", "Enter the date of the strategy discussion"));
        }
        else if (!int.TryParse(form.Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(form.Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(form.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || y is < 1900 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            errors.Add(new("date-day", "The date of the strategy discussion must be a real date, for example 27 3 2026"));
        }
        else if (new DateOnly(y, m, d) > today)
        {
            errors.Add(new("date-day", "The date of the strategy discussion must be today or in the past"));
        }
        else
        {
            date = new DateOnly(y, m, d);
        }

        var agencies = form.Agencies.ToHashSet(StringComparer.Ordinal);
        bool csc = agencies.Contains(Csc), police = agencies.Contains(Police), health = agencies.Contains(Health), education = agencies.Contains(Education);
        if (!csc)
        {
            errors.Add(new("agencies", "Select children's social care: a strategy discussion is led by children's social care"));
        }

        string? absent = string.IsNullOrWhiteSpace(form.AbsentReason) ? null : form.AbsentReason.Trim();
        if ((!police || !health) && absent is null)
        {
            string missing = !police && !health ? "police and health" : !police ? "police" : "health";
            errors.Add(new("absent-reason", $"Enter why {missing} did not take part: Working Together expects children's social care, police and health"));
        }

        if (!Enum.TryParse(form.Decision, out StrategyDecision decision) || !Enum.IsDefined(decision))
        {
            errors.Add(new("decision", "Select the decision"));
        }

        string rationale = form.Rationale?.Trim() ?? "";
        if (rationale.Length == 0)
        {
            errors.Add(new("rationale", "Enter the rationale for the decision"));
        }

        foreach ((string field, string? text) in new[] { ("rationale", (string?)rationale), ("absent-reason", absent), ("other-agencies", form.OtherAgencies) })
        {
            if (text?.Length > MaximumTextLength)
            {
                errors.Add(new(field, $"This must be {MaximumTextLength:N0} characters or fewer"));
            }
        }

        long? episode = null;
        if (date is { } on)
        {
            episode = await db.CinEpisodes.Where(e => e.ChildId == childId && e.ReferralDate <= on && (e.ClosureDate == null || e.ClosureDate >= on))
                .OrderByDescending(e => e.ReferralDate).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (episode is null)
            {
                errors.Add(new("date-day", "The child has no child in need episode open on that date: record the referral first"));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var discussion = new StrategyDiscussion
        {
            CinEpisodeId = episode!.Value,
            ChildId = childId,
            Date = date!.Value,
            CscTookPart = csc,
            PoliceTookPart = police,
            HealthTookPart = health,
            EducationTookPart = education,
            OtherAgencies = string.IsNullOrWhiteSpace(form.OtherAgencies) ? null : form.OtherAgencies.Trim(),
            AbsentAgencyReason = police && health ? null : absent,
            Decision = decision,
            Rationale = rationale,
            ChairedById = chairWorkerId,
        };
        db.StrategyDiscussions.Add(discussion);
        await db.SaveChangesAsync(cancellationToken);
        return (discussion, []);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.LookedAfter;

/// <summary>The end of care as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record EndOfCareForm(string? Episode, string? Version, string? Day, string? Month, string? Year, string? Reason);

/// <summary>
/// A child ceases to be looked after: the open episode ends on the day with the reason it ceased (any SSDA903 reason but
/// X1, which continues the period), and the period of care ends that day. The form carries the open episode's version:
/// if someone else changed it after the form was opened, nothing is saved.
/// </summary>
public static class EndPeriodOfCare
{
    /// <summary>The reasons an episode can cease that end the period of care: all but X1.</summary>
    public static readonly IReadOnlyList<string> Reasons = [.. Ssda903Codes.ReasonEpisodeCeased.Codes.Where(c => c != "X1")];

    public static async Task<(DateOnly? Ended, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long childId, EndOfCareForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        CareEpisode? current = await OpenCareEpisode.Of(db, childId).Include(e => e.PeriodOfCare).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            // A form that showed an open episode, now ended by someone else, is a conflict like any other.
            return (null, [new(
                OpenCareEpisode.NotLookedAfter,
                string.IsNullOrEmpty(form.Episode) ? "The child is not looked after: there is no period of care to end" : EditConflicts.Message)]);
        }

        if (form.Episode != current.Id.ToString(CultureInfo.InvariantCulture) || !db.IsAsSeen(current, form.Version))
        {
            return (null, [new(OpenCareEpisode.Current, EditConflicts.Message)]);
        }

        var problems = new List<FieldProblem>();
        DateOnly? end = FormFields.PastDate(form.Day, form.Month, form.Year, "end-day", "the date the child ceased to be looked after", true, today, problems);
        if (end is { } e && e < current.StartDate)
        {
            problems.Add(new("end-day", $"The date the child ceased to be looked after must be on or after the current episode started ({FormFields.Show(current.StartDate)})"));
        }

        string? reason = FormFields.Code(form.Reason, Reasons, "reason", "Select the reason the child ceased to be looked after", problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        current.EndDate = end;
        current.ReasonEpisodeCeased = reason;
        current.PeriodOfCare!.EndDate = end;
        return await db.TrySaveAsync(cancellationToken) ? (end, []) : (null, [new(OpenCareEpisode.Current, EditConflicts.Message)]);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.LookedAfter;

/// <summary>A return home interview as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record ReturnHomeInterviewForm(
    string? Version, string? OfferedDay, string? OfferedMonth, string? OfferedYear, string? OfferedTime, string? Accepted,
    string? CompletedDay, string? CompletedMonth, string? CompletedYear, string? CompletedTime, string? Worker);

/// <summary>
/// Records the return home interview after a child came back from a missing episode: when it was offered, whether the
/// child accepted it, when it was done (only if accepted), and the worker who offered or did it. Offered and done on or
/// after the return, and not in the future. Once done, or offered and declined, the interview leaves the RHI tracker.
/// The form carries the episode's version: if someone else changed it after the form was opened, nothing is saved.
/// </summary>
public static class RecordReturnHomeInterview
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string NotBack = "not-back";

    /// <summary>The episode as it is now, which the conflict message points to.</summary>
    public const string Current = "current";

    public static async Task<(bool Saved, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long childId, long episodeId, ReturnHomeInterviewForm form, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        MissingEpisode episode = await db.MissingEpisodes.FirstOrDefaultAsync(m => m.Id == episodeId && m.ChildId == childId, cancellationToken)
            ?? throw new InvalidOperationException("No such missing episode.");
        if (!db.IsAsSeen(episode, form.Version))
        {
            return (false, [new(Current, EditConflicts.Message)]);
        }

        if (episode.EndDate is not { } back)
        {
            return (false, [new(NotBack, "The child has not come back from this episode: a return home interview follows the return")]);
        }

        var problems = new List<FieldProblem>();
        DateTime returned = episode.ReturnedAt ?? back.ToDateTime(TimeOnly.MinValue);
        DateTime? offered = When(form.OfferedDay, form.OfferedMonth, form.OfferedYear, form.OfferedTime, "offered", "the interview was offered", true, returned, now, problems);

        bool? accepted = form.Accepted switch
        {
            Yes => true,
            No => false,
            _ => null,
        };
        if (accepted is null)
        {
            problems.Add(new("accepted", "Select whether the child accepted the interview"));
        }

        bool anyCompleted = !string.IsNullOrWhiteSpace(form.CompletedDay) || !string.IsNullOrWhiteSpace(form.CompletedMonth)
            || !string.IsNullOrWhiteSpace(form.CompletedYear) || !string.IsNullOrWhiteSpace(form.CompletedTime);
        DateTime? completed = null;
        if (anyCompleted && accepted == false)
        {
            problems.Add(new("completed-day", "Leave the date the interview was done blank: the child declined it"));
        }
        else if (anyCompleted)
        {
            completed = When(form.CompletedDay, form.CompletedMonth, form.CompletedYear, form.CompletedTime, "completed", "the interview was done", false, returned, now, problems);
            if (completed < offered)
            {
                problems.Add(new("completed-day", "The interview must be done on or after it was offered"));
            }
        }

        long? worker = long.TryParse(form.Worker, NumberStyles.None, CultureInfo.InvariantCulture, out long w)
            && await db.Workers.AnyAsync(x => x.Id == w, cancellationToken) ? w : null;
        if (worker is null)
        {
            problems.Add(new("worker", "Select the worker who offered or did the interview"));
        }

        if (problems.Count > 0)
        {
            return (false, problems);
        }

        episode.RhiOfferedAt = offered;
        episode.RhiAccepted = accepted;
        episode.RhiCompletedAt = completed;
        episode.RhiWorkerId = worker;
        return await db.TrySaveAsync(cancellationToken) ? (true, []) : (false, [new(Current, EditConflicts.Message)]);
    }

    /// <summary>A day and a time, on or after the return and not after now.</summary>
    private static DateTime? When(string? day, string? month, string? year, string? time, string prefix, string what, bool required, DateTime returned, DateTime now, List<FieldProblem> problems)
    {
        DateOnly? date = FormFields.Date(day, month, year, prefix + "-day", "the date " + what, required || !string.IsNullOrWhiteSpace(time), problems);
        TimeOnly? at = FormFields.Time(time, prefix + "-time", "the time " + what, date is not null || required, problems);
        if (date is not { } d || at is not { } t)
        {
            return null;
        }

        DateTime when = d.ToDateTime(t);
        if (when < returned)
        {
            problems.Add(new(prefix + "-day", $"The date and time {what} must be on or after the child came back ({FormFields.Show(DateOnly.FromDateTime(returned))} at {returned.ToString("HH:mm", CultureInfo.InvariantCulture)})"));
            return null;
        }

        if (when > now)
        {
            problems.Add(new(prefix + "-day", $"The date and time {what} must be now or in the past"));
            return null;
        }

        return when;
    }
}

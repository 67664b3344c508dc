using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.LookedAfter;

/// <summary>
/// A return home interview: the child and missing episode (at the version the form showed), when it was offered, whether
/// the child accepted, when it was done (if it was), and the worker who offered or did it (null when none was chosen).
/// </summary>
public sealed record RecordReturnHomeInterviewCommand(
    long ChildId, long EpisodeId, int? Version, DateOnly OfferedDate, TimeOnly OfferedTime, bool Accepted,
    DateOnly? CompletedDate, TimeOnly? CompletedTime, long? WorkerId);

/// <summary>
/// Records the return home interview after a child came back from a missing episode: when it was offered, whether the
/// child accepted it, when it was done (only if accepted), and the worker who offered or did it. Offered and done on or
/// after the return, and not in the future. Once done, or offered and declined, the interview leaves the RHI tracker.
/// The command carries the episode's version: if someone else changed it after the form was opened, nothing is saved.
/// </summary>
public static class RecordReturnHomeInterview
{
    public const string Offered = "the interview was offered";
    public const string Completed = "the interview was done";
    public const string WorkerMessage = "Select the worker who offered or did the interview";

    /// <summary>A day and time that must be now or earlier: "The date and time the interview was offered must be now or in the past".</summary>
    public static string InFuture(string what) => $"The date and time {what} must be now or in the past";

    public static async Task<RecordingResult<MissingEpisode>> RunAsync(AppDbContext db, RecordingContext context, RecordReturnHomeInterviewCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        await using RecordEdit<MissingEpisode> edit = await context.EditAsync(db, db.MissingEpisodes, command.ChildId, command.EpisodeId, command.Version, nameof(command.Version), lockChild: false, cancellationToken);
        if (edit.Failure is { } failed)
        {
            return failed;
        }

        MissingEpisode episode = edit.Record;

        if (episode.EndDate is not { } back)
        {
            return Recorded.Invalid(nameof(command.EpisodeId), "The child has not come back from this episode: a return home interview follows the return");
        }

        var problems = new FieldProblems();
        DateTime returned = episode.ReturnedAt ?? back.ToDateTime(TimeOnly.MinValue);
        DateTime? offered = When(command.OfferedDate.ToDateTime(command.OfferedTime), nameof(command.OfferedDate), Offered, returned, context.Now, problems);
        DateTime? completed = null;
        if (command.CompletedDate is not null || command.CompletedTime is not null)
        {
            if (!command.Accepted)
            {
                problems.Add(nameof(command.CompletedDate), "Leave the date the interview was done blank: the child declined it");
            }
            else if (command.CompletedDate is not { } day)
            {
                problems.Add(nameof(command.CompletedDate), "Enter the date " + Completed);
            }
            else if (command.CompletedTime is not { } time)
            {
                problems.Add(nameof(command.CompletedTime), "Enter the time " + Completed);
            }
            else
            {
                completed = When(day.ToDateTime(time), nameof(command.CompletedDate), Completed, returned, context.Now, problems);
                if (completed < offered)
                {
                    problems.Add(nameof(command.CompletedDate), "The interview must be done on or after it was offered");
                }
            }
        }

        if (command.WorkerId is not { } worker || !await db.Workers.AnyAsync(w => w.Id == worker, cancellationToken))
        {
            problems.Add(nameof(command.WorkerId), WorkerMessage);
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        episode.RhiOfferedAt = offered;
        episode.RhiAccepted = command.Accepted;
        episode.RhiCompletedAt = completed;
        episode.RhiWorkerId = command.WorkerId;
        return await edit.SaveAsync(db, episode, nameof(command.Version), cancellationToken);
    }

    /// <summary>A day and a time, on or after the return and not after now; null (with the problem) otherwise.</summary>
    private static DateTime? When(DateTime when, string field, string what, DateTime returned, DateTime now, FieldProblems problems)
    {
        if (when < returned)
        {
            problems.Add(field, $"The date and time {what} must be on or after the child came back ({FieldProblems.Show(DateOnly.FromDateTime(returned))} at {returned.ToString("HH:mm", CultureInfo.InvariantCulture)})");
            return null;
        }

        if (when > now)
        {
            problems.Add(field, InFuture(what));
            return null;
        }

        return when;
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.LookedAfter;

/// <summary>The end of care: the child, the open episode the form showed (null when it showed none) and its version, the day and why.</summary>
public sealed record EndPeriodOfCareCommand(long ChildId, long? EpisodeId, int? Version, DateOnly EndDate, string ReasonEpisodeCeased);

/// <summary>
/// A child ceases to be looked after: the open episode ends on the day with the reason it ceased (any SSDA903 reason but
/// X1, which continues the period), and the period of care ends that day. The command carries the open episode's
/// version: if someone else changed it after the form was opened, nothing is saved.
/// </summary>
public static class EndPeriodOfCare
{
    public const string ReasonMessage = "Select the reason the child ceased to be looked after";

    /// <summary>The reasons an episode can cease that end the period of care: all but X1.</summary>
    public static readonly IReadOnlyList<string> Reasons = [.. Ssda903Codes.ReasonEpisodeCeased.Codes.Where(c => c != "X1")];

    /// <summary>The saved episode, with its period of care, both ended.</summary>
    public static async Task<RecordingResult<CareEpisode>> RunAsync(AppDbContext db, RecordingContext context, EndPeriodOfCareCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        CareEpisode? current = await OpenCareEpisode.Of(db, command.ChildId).Include(e => e.PeriodOfCare).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            // A form that showed an open episode, now ended by someone else, is a conflict like any other.
            return command.EpisodeId is null
                ? Recorded.Invalid(nameof(command.ChildId), "The child is not looked after: there is no period of care to end")
                : Recorded.Conflict(nameof(command.ChildId));
        }

        if (command.EpisodeId != current.Id || !db.IsAsSeen(current, command.Version))
        {
            return Recorded.Conflict(nameof(command.EpisodeId));
        }

        var problems = new FieldProblems();
        DateOnly end = command.EndDate;
        if (problems.NotInFuture(end, context.Today, nameof(command.EndDate), "the date the child ceased to be looked after") && end < current.StartDate)
        {
            problems.Add(nameof(command.EndDate), $"The date the child ceased to be looked after must be on or after the current episode started ({FieldProblems.Show(current.StartDate)})");
        }

        CodeRules.Check(command.ReasonEpisodeCeased, Reasons, nameof(command.ReasonEpisodeCeased), ReasonMessage, problems);
        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        current.EndDate = end;
        current.ReasonEpisodeCeased = command.ReasonEpisodeCeased;
        current.PeriodOfCare!.EndDate = end;
        return await context.SaveAsync(db, current, nameof(command.EpisodeId), cancellationToken);
    }
}

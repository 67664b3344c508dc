using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.LookedAfter;

/// <summary>A missing episode: the child, missing or absent, the day they went, and when known the day (and time) they came back.</summary>
public sealed record RecordMissingEpisodeCommand(long ChildId, MissingKind Kind, DateOnly StartDate, DateOnly? ReturnDate, TimeOnly? ReturnTime);

/// <summary>
/// Records that a child went missing (or was absent): the day, and when known the day and time they came back. From the
/// return, the return home interview is due within the statutory hours and shows on the RHI tracker until it is recorded.
/// </summary>
public static class RecordMissingEpisode
{
    public const string KindMessage = "Select whether the child was missing or absent";

    public static async Task<RecordingResult<MissingEpisode>> RunAsync(AppDbContext db, RecordingContext context, RecordMissingEpisodeCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var problems = new FieldProblems();
        if (!Enum.IsDefined(command.Kind))
        {
            problems.Add(nameof(command.Kind), KindMessage);
        }

        problems.NotInFuture(command.StartDate, context.Today, nameof(command.StartDate), "the day the child went missing");
        problems.AddRange(ReturnProblems(command.StartDate, command.ReturnDate, command.ReturnTime, context.Now));
        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var episode = new MissingEpisode
        {
            ChildId = command.ChildId,
            Kind = command.Kind,
            StartDate = command.StartDate,
            EndDate = command.ReturnDate,
            ReturnedAt = ReturnedAt(command.ReturnDate, command.ReturnTime),
        };
        db.MissingEpisodes.Add(episode);
        return await context.SaveAsync(db, episode, nameof(command.StartDate), cancellationToken);
    }

    /// <summary>
    /// What is wrong with the return as a whole (the form checks it too, so that it shows with the other problems): a
    /// time needs its day; the child came back on or after the day they went, and not after now.
    /// </summary>
    public static IReadOnlyList<FieldProblem> ReturnProblems(DateOnly? start, DateOnly? back, TimeOnly? at, DateTime now)
    {
        const string field = nameof(RecordMissingEpisodeCommand.ReturnDate);
        if (at is not null && back is null)
        {
            return [new(field, "Enter the day the child came back, with the time")];
        }

        if (ReturnedAt(back, at) is { } returned && start is { } s)
        {
            if (back < s)
            {
                return [new(field, "The day the child came back must be on or after the day they went missing")];
            }

            if (returned > now)
            {
                return [new(field, "The child's return must be now or in the past")];
            }
        }

        return [];
    }

    private static DateTime? ReturnedAt(DateOnly? back, TimeOnly? at) => back is { } b ? b.ToDateTime(at ?? TimeOnly.MinValue) : null;
}

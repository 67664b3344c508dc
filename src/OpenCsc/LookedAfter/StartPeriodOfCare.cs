using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.LookedAfter;

/// <summary>The start of care: the child, the day, and the first episode's legal status, category of need, placement type and provider.</summary>
public sealed record StartPeriodOfCareCommand(long ChildId, DateOnly StartDate, string LegalStatus, string CategoryOfNeed, string PlacementType, string? PlacementProvider);

/// <summary>
/// A child becomes looked after: a period of care opens with its first episode (reason for new episode S), with the
/// legal status, category of need, placement type and provider as the SSDA903 collects them. Refused when the child is
/// already looked after (a change of legal status or placement is recorded instead), or when the day falls in an
/// earlier period of care.
/// </summary>
public static class StartPeriodOfCare
{
    public const string LegalStatusMessage = "Select the child's legal status";
    public const string CategoryOfNeedMessage = "Select the category of need";
    public const string PlacementMessage = "Select the placement type";

    /// <summary>Why the child cannot start a period of care: one is open, since that day.</summary>
    public static string AlreadyLookedAfter(DateOnly since) =>
        $"The child is already looked after (since {FieldProblems.Show(since)}): record a change of legal status or placement instead";

    public static async Task<RecordingResult<PeriodOfCare>> RunAsync(AppDbContext db, RecordingContext context, StartPeriodOfCareCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        long childId = command.ChildId;
        if (await context.RefusalForChildAsync(db, childId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var problems = new FieldProblems();
        problems.NotInFuture(command.StartDate, context.Today, nameof(command.StartDate), "the date the child became looked after");
        CodeRules.Check(command.LegalStatus, Ssda903Codes.LegalStatus.Codes, nameof(command.LegalStatus), LegalStatusMessage, problems);
        CodeRules.Check(command.CategoryOfNeed, Ssda903Codes.CategoryOfNeed.Codes, nameof(command.CategoryOfNeed), CategoryOfNeedMessage, problems);
        CodeRules.Check(command.PlacementType, Ssda903Codes.Place.Codes, nameof(command.PlacementType), PlacementMessage, problems);
        Placements.CheckProvider(command.PlacementType, command.PlacementProvider, nameof(command.PlacementProvider), problems);

        // One period of care at a time: a second worker starting care at once waits here, then finds the child looked after.
        await using var transaction = await db.BeginForChildAsync(childId, cancellationToken);
        DateOnly? open = await db.PeriodsOfCare.Where(p => p.ChildId == childId && p.EndDate == null)
            .OrderByDescending(p => p.StartDate).Select(p => (DateOnly?)p.StartDate).FirstOrDefaultAsync(cancellationToken);
        if (open is { } since)
        {
            return Recorded.Invalid(nameof(command.ChildId), AlreadyLookedAfter(since));
        }

        if (!problems.Has(nameof(command.StartDate)))
        {
            DateOnly start = command.StartDate;
            DateOnly? born = await db.Children.Where(c => c.Id == childId).Select(c => c.DateOfBirth).FirstOrDefaultAsync(cancellationToken);
            DateOnly? lastEnded = await db.PeriodsOfCare.Where(p => p.ChildId == childId).MaxAsync(p => p.EndDate, cancellationToken);
            if (born is { } b && start < b)
            {
                problems.Add(nameof(command.StartDate), $"The date the child became looked after must be on or after their date of birth ({FieldProblems.Show(b)})");
            }
            else if (lastEnded is { } ended && start < ended)
            {
                problems.Add(nameof(command.StartDate), $"The date the child became looked after must be on or after their last period of care ended ({FieldProblems.Show(ended)})");
            }
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var period = new PeriodOfCare
        {
            ChildId = childId,
            StartDate = command.StartDate,
            Episodes =
            [
                new CareEpisode
                {
                    ChildId = childId,
                    StartDate = command.StartDate,
                    ReasonForNewEpisode = "S",
                    LegalStatus = command.LegalStatus,
                    CategoryOfNeed = command.CategoryOfNeed,
                    PlacementType = command.PlacementType,
                    PlacementProvider = command.PlacementProvider,
                },
            ],
        };
        db.PeriodsOfCare.Add(period);
        RecordingResult<PeriodOfCare> result = await context.SaveAsync(db, period, nameof(command.StartDate), cancellationToken);
        if (result.IsSaved)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildInNeed;

/// <summary>A new assessment: the child, the day it started, the day the child was seen (if already), the factors identified so far.</summary>
public sealed record StartAssessmentCommand(long ChildId, DateOnly StartDate, DateOnly? ChildSeenDate, IReadOnlyList<string> Factors);

/// <summary>
/// A worker starts a child and family assessment on the child's open referral: the start date (the statutory working
/// days count from it), the day the child was seen if already, and the factors identified so far (CIN census codes;
/// more can be added as the assessment goes on, and the manager authorises the outcome). One assessment at a time: a
/// second is refused while one on the episode waits for authorisation. The assessment is the worker's: the child's
/// allocated worker on the start date, or whoever records it.
/// </summary>
public static class StartAssessment
{
    /// <summary>The CIN census code for "no factors identified", which stands alone.</summary>
    public const string NoFactorsCode = "21";

    public static async Task<RecordingResult<Assessment>> RunAsync(AppDbContext db, RecordingContext context, StartAssessmentCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var problems = new FieldProblems();
        bool started = problems.NotInFuture(command.StartDate, context.Today, nameof(command.StartDate), "the date the assessment started");
        if (problems.NotInFuture(command.ChildSeenDate, context.Today, nameof(command.ChildSeenDate), "the date the child was seen")
            && command.ChildSeenDate is { } seen && seen < command.StartDate)
        {
            problems.Add(nameof(command.ChildSeenDate), "The date the child was seen must be on or after the assessment started");
        }

        string[] factors = [.. command.Factors.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct(StringComparer.Ordinal)];
        if (factors.Any(f => !AssessmentFactors.Current.Any(c => c.Code == f)))
        {
            problems.Add(nameof(command.Factors), "Select factors from the list");
        }
        else if (factors.Contains(NoFactorsCode) && factors.Length > 1)
        {
            problems.Add(nameof(command.Factors), "\"No factors identified\" cannot be selected with other factors");
        }

        // One assessment at a time on a referral: a second save about the child waits for this one.
        await using var transaction = await db.BeginForChildAsync(command.ChildId, cancellationToken);
        CinEpisode? episode = null;
        if (started)
        {
            DateOnly on = command.StartDate;
            episode = await db.CinEpisodes.Where(e => e.ChildId == command.ChildId && e.ReferralDate <= on && (e.ClosureDate == null || e.ClosureDate >= on))
                .OrderByDescending(e => e.ReferralDate).FirstOrDefaultAsync(cancellationToken);
            if (episode is null)
            {
                problems.Add(nameof(command.StartDate), "The child has no open referral on that date: an assessment starts from a referral, recorded at the front door");
            }
            else if (await db.Assessments.AnyAsync(a => a.CinEpisodeId == episode.Id && a.AuthorisationDate == null, cancellationToken))
            {
                problems.Add(nameof(command.StartDate), "An assessment on this referral is still waiting for authorisation: complete that one first");
            }
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        DateOnly start = command.StartDate;
        long? worker = await db.Allocations.Where(a => a.ChildId == command.ChildId && a.StartDate <= start && (a.EndDate == null || a.EndDate > start))
            .OrderByDescending(a => a.StartDate).Select(a => a.WorkerId).FirstOrDefaultAsync(cancellationToken) ?? context.WorkerId;
        var assessment = new Assessment
        {
            CinEpisodeId = episode!.Id,
            ChildId = command.ChildId,
            StartDate = start,
            ChildSeenDate = command.ChildSeenDate,
            WorkerId = worker,
            Factors = [.. factors.Select(f => new AssessmentFactor { Code = f })],
        };
        db.Assessments.Add(assessment);
        RecordingResult<Assessment> result = await context.SaveAsync(db, assessment, nameof(command.StartDate), cancellationToken);
        if (result.IsSaved)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}

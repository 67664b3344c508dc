using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>
/// A section 47 enquiry to start: the child, the day it started, and the strategy discussion that decided on it (null
/// when it follows none recorded).
/// </summary>
public sealed record StartSection47EnquiryCommand(long ChildId, DateOnly StartDate, long? StrategyDiscussionId);

/// <summary>A strategy discussion that decided on a section 47 enquiry none yet follows.</summary>
public sealed record DecidingDiscussion(long Id, DateOnly Date);

/// <summary>
/// Starts a section 47 enquiry: the day, on the child in need episode open then, following the strategy discussion that
/// decided on it when one is recorded (its initial conference is due the statutory number of working days after that
/// discussion, or after the enquiry's start when there is none). An episode has one enquiry under way at a time (CIN
/// census 8890).
/// </summary>
public static class StartSection47Enquiry
{
    /// <summary>The form's answer when the enquiry follows no recorded strategy discussion.</summary>
    public const string NoDiscussion = "none";

    /// <summary>The child's strategy discussions that decided on a section 47 enquiry and have none yet, newest first.</summary>
    public static Task<List<DecidingDiscussion>> DecidingDiscussionsAsync(AppDbContext db, long childId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StrategyDiscussions
            .Where(d => d.ChildId == childId && d.Decision == StrategyDecision.Section47Enquiry && !db.Section47Enquiries.Any(s => s.StrategyDiscussionId == d.Id))
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new DecidingDiscussion(d.Id, d.Date))
            .ToListAsync(cancellationToken);
    }

    public static async Task<RecordingResult<Section47Enquiry>> RunAsync(AppDbContext db, RecordingContext context, StartSection47EnquiryCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        long childId = command.ChildId;
        var problems = new FieldProblems();
        bool dateStands = problems.NotInFuture(command.StartDate, context.Today, nameof(command.StartDate), "the date the enquiry started");

        await using var transaction = await db.BeginForChildAsync(childId, cancellationToken);
        DecidingDiscussion? discussion = null;
        if (command.StrategyDiscussionId is { } discussionId)
        {
            discussion = (await DecidingDiscussionsAsync(db, childId, cancellationToken)).FirstOrDefault(d => d.Id == discussionId);
        }

        long? episode = null;
        if (dateStands)
        {
            DateOnly on = command.StartDate;
            episode = await PlanRules.EpisodeOpenOnAsync(db, childId, on, cancellationToken);
            DateOnly? ongoing = episode is null ? null : await db.Section47Enquiries
                .Where(s => s.CinEpisodeId == episode && s.DateOfInitialCpc == null && !s.IcpcNotRequired && s.Outcome == null)
                .Select(s => (DateOnly?)s.StartDate).FirstOrDefaultAsync(cancellationToken);
            if (episode is null)
            {
                problems.Add(nameof(command.StartDate), "The child has no child in need episode open on that date: record the referral first");
            }
            else if (ongoing is { } since)
            {
                problems.Add(nameof(command.StartDate), $"The child has a section 47 enquiry from {FieldProblems.Show(since)} with no outcome recorded: record its outcome before starting another");
            }
            else if (discussion is not null && discussion.Date > on)
            {
                problems.Add(nameof(command.StartDate), $"The date the enquiry started must be on or after the strategy discussion that decided on it ({FieldProblems.Show(discussion.Date)})");
            }
        }

        if (command.StrategyDiscussionId is not null && discussion is null)
        {
            problems.Add(nameof(command.StrategyDiscussionId), "Select the strategy discussion that decided on the enquiry");
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        DateOnly from = discussion?.Date ?? command.StartDate;
        var enquiry = new Section47Enquiry
        {
            CinEpisodeId = episode!.Value,
            ChildId = childId,
            StrategyDiscussionId = discussion?.Id,
            StartDate = command.StartDate,
            InitialCpcTarget = context.Calendar.AddWorkingDays(from, context.Timescales.IcpcWorkingDays),
        };
        db.Section47Enquiries.Add(enquiry);
        RecordingResult<Section47Enquiry> result = await context.SaveAsync(db, enquiry, nameof(command.StartDate), cancellationToken);
        if (result.IsSaved)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}

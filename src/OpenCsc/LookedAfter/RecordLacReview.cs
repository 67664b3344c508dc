using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Workforce;

namespace OpenCsc.LookedAfter;

/// <summary>A looked-after review: the child, the day, how the child took part (PN0-PN7), and the IRO who chaired it (null when none was chosen).</summary>
public sealed record RecordLacReviewCommand(long ChildId, DateOnly Date, string ParticipationCode, long? IroId);

/// <summary>
/// Records a looked-after child's review (Care Planning Regulations reg 33): the day, held while the child was looked
/// after; how the child took part (SSDA903 PN0-PN7: PN0 for a child under 4 and only for them); and the independent
/// reviewing officer who chaired it. The next review is then due on the review tracker from this one.
/// </summary>
public static class RecordLacReview
{
    public const string ParticipationMessage = "Select how the child took part in the review";
    public const string IroMessage = "Select the independent reviewing officer who chaired the review";

    public static async Task<RecordingResult<LacReview>> RunAsync(AppDbContext db, RecordingContext context, RecordLacReviewCommand command, CancellationToken cancellationToken = default)
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
        DateOnly on = command.Date;
        bool dateIsPast = problems.NotInFuture(on, context.Today, nameof(command.Date), "the date of the review");
        if (dateIsPast)
        {
            if (!await PeriodsOfCare.LookedAfterOnAsync(db, childId, on, cancellationToken))
            {
                problems.Add(nameof(command.Date), "The child was not looked after on that date: a looked-after review is held while the child is looked after");
            }
            else if (await db.LacReviews.AnyAsync(r => r.ChildId == childId && r.Date == on, cancellationToken))
            {
                problems.Add(nameof(command.Date), "A review on this date is already recorded");
            }
        }

        string code = command.ParticipationCode;
        CodeRules.Check(code, Ssda903Codes.ReviewCode.Codes, nameof(command.ParticipationCode), ParticipationMessage, problems);
        if (!problems.Has(nameof(command.ParticipationCode)) && dateIsPast
            && await db.Children.Where(c => c.Id == childId).Select(c => c.DateOfBirth).FirstOrDefaultAsync(cancellationToken) is { } born)
        {
            bool underFour = born.AddYears(4) > on;
            if (underFour && code != "PN0")
            {
                problems.Add(nameof(command.ParticipationCode), "The child was under 4 at the review: select PN0");
            }
            else if (!underFour && code == "PN0")
            {
                problems.Add(nameof(command.ParticipationCode), "The child was 4 or over at the review: PN0 is only for a child under 4");
            }
        }

        if (command.IroId is not { } iro || !await Iros(db, dateIsPast ? on : context.Today).AnyAsync(w => w.Id == iro, cancellationToken))
        {
            problems.Add(nameof(command.IroId), IroMessage);
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var review = new LacReview { ChildId = childId, Date = on, ParticipationCode = code, IroId = command.IroId };
        db.LacReviews.Add(review);
        return await context.SaveAsync(db, review, nameof(command.Date), cancellationToken);
    }

    /// <summary>The independent reviewing officers in post on the day: those who may chair a review.</summary>
    public static IQueryable<Worker> Iros(AppDbContext db, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Workers.Where(w => w.Role == WorkerRole.IndependentReviewingOfficer && w.StartDate <= day && (w.EndDate == null || w.EndDate >= day));
    }
}

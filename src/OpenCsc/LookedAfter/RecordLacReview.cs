using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Workforce;

namespace OpenCsc.LookedAfter;

/// <summary>A looked-after review as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record LacReviewForm(string? Day, string? Month, string? Year, string? Participation, string? Iro);

/// <summary>
/// Records a looked-after child's review (Care Planning Regulations reg 33): the day, held while the child was looked
/// after; how the child took part (SSDA903 PN0-PN7: PN0 for a child under 4 and only for them); and the independent
/// reviewing officer who chaired it. The next review is then due on the review tracker from this one.
/// </summary>
public static class RecordLacReview
{
    public static async Task<(LacReview? Review, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long childId, LacReviewForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        DateOnly? date = FormFields.PastDate(form.Day, form.Month, form.Year, "date-day", "the date of the review", true, today, problems);
        if (date is { } on)
        {
            if (!await db.PeriodsOfCare.AnyAsync(p => p.ChildId == childId && p.StartDate <= on && (p.EndDate == null || p.EndDate >= on), cancellationToken))
            {
                problems.Add(new("date-day", "The child was not looked after on that date: a looked-after review is held while the child is looked after"));
            }
            else if (await db.LacReviews.AnyAsync(r => r.ChildId == childId && r.Date == on, cancellationToken))
            {
                problems.Add(new("date-day", "A review on this date is already recorded"));
            }
        }

        string? code = FormFields.Code(form.Participation, Ssda903Codes.ReviewCode.Codes, "participation", "Select how the child took part in the review", problems);
        if (code is not null && date is { } day
            && await db.Children.Where(c => c.Id == childId).Select(c => c.DateOfBirth).FirstOrDefaultAsync(cancellationToken) is { } born)
        {
            bool underFour = born.AddYears(4) > day;
            if (underFour && code != "PN0")
            {
                problems.Add(new("participation", "The child was under 4 at the review: select PN0"));
            }
            else if (!underFour && code == "PN0")
            {
                problems.Add(new("participation", "The child was 4 or over at the review: PN0 is only for a child under 4"));
            }
        }

        long? iro = long.TryParse(form.Iro, NumberStyles.None, CultureInfo.InvariantCulture, out long id)
            && await Iros(db, date ?? today).AnyAsync(w => w.Id == id, cancellationToken) ? id : null;
        if (iro is null)
        {
            problems.Add(new("iro", "Select the independent reviewing officer who chaired the review"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var review = new LacReview { ChildId = childId, Date = date!.Value, ParticipationCode = code, IroId = iro };
        db.LacReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return (review, []);
    }

    /// <summary>The independent reviewing officers in post on the day: those who may chair a review.</summary>
    public static IQueryable<Worker> Iros(AppDbContext db, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Workers.Where(w => w.Role == WorkerRole.IndependentReviewingOfficer && w.StartDate <= day && (w.EndDate == null || w.EndDate >= day));
    }
}

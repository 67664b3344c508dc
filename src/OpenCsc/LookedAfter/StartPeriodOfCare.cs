using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.LookedAfter;

/// <summary>The start of care as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record StartOfCareForm(string? Day, string? Month, string? Year, string? LegalStatus, string? CategoryOfNeed, string? Placement, string? Provider);

/// <summary>
/// A child becomes looked after: a period of care opens with its first episode (reason for new episode S), with the
/// legal status, category of need, placement type and provider as the SSDA903 collects them. Refused when the child is
/// already looked after (a change of legal status or placement is recorded instead), or when the day falls in an
/// earlier period of care.
/// </summary>
public static class StartPeriodOfCare
{
    public const string AlreadyLookedAfter = "already-looked-after";

    public static async Task<(PeriodOfCare? Period, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long childId, StartOfCareForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        DateOnly? start = FormFields.PastDate(form.Day, form.Month, form.Year, "start-day", "the date the child became looked after", true, today, problems);
        string? legalStatus = FormFields.Code(form.LegalStatus, Ssda903Codes.LegalStatus.Codes, "legal-status", "Select the child's legal status", problems);
        string? need = FormFields.Code(form.CategoryOfNeed, Ssda903Codes.CategoryOfNeed.Codes, "category-of-need", "Select the category of need", problems);
        string? placement = FormFields.Code(form.Placement, Ssda903Codes.Place.Codes, "placement", "Select the placement type", problems);
        string? provider = Placements.Provider(placement, form.Provider, problems);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // Two workers at once: the second waits here, then finds the child looked after.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM children WHERE id = {childId} FOR UPDATE", cancellationToken);
        }

        DateOnly? open = await db.PeriodsOfCare.Where(p => p.ChildId == childId && p.EndDate == null)
            .OrderByDescending(p => p.StartDate).Select(p => (DateOnly?)p.StartDate).FirstOrDefaultAsync(cancellationToken);
        if (open is { } since)
        {
            return (null, [new(AlreadyLookedAfter, $"The child is already looked after (since {FormFields.Show(since)}): record a change of legal status or placement instead")]);
        }

        if (start is { } s)
        {
            DateOnly? born = await db.Children.Where(c => c.Id == childId).Select(c => c.DateOfBirth).FirstOrDefaultAsync(cancellationToken);
            DateOnly? lastEnded = await db.PeriodsOfCare.Where(p => p.ChildId == childId).MaxAsync(p => p.EndDate, cancellationToken);
            if (born is { } b && s < b)
            {
                problems.Add(new("start-day", $"The date the child became looked after must be on or after their date of birth ({FormFields.Show(b)})"));
            }
            else if (lastEnded is { } ended && s < ended)
            {
                problems.Add(new("start-day", $"The date the child became looked after must be on or after their last period of care ended ({FormFields.Show(ended)})"));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var period = new PeriodOfCare
        {
            ChildId = childId,
            StartDate = start!.Value,
            Episodes =
            [
                new CareEpisode
                {
                    ChildId = childId,
                    StartDate = start.Value,
                    ReasonForNewEpisode = "S",
                    LegalStatus = legalStatus!,
                    CategoryOfNeed = need!,
                    PlacementType = placement!,
                    PlacementProvider = provider,
                },
            ],
        };
        db.PeriodsOfCare.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (period, []);
    }
}

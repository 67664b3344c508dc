using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Web.Pages.Home;

/// <summary>The borough's headline figures as at one date.</summary>
public sealed record Headlines(
    DateOnly AsAt,
    int ChildrenKnown,
    int OpenCinEpisodes,
    int ChildrenOnCpPlan,
    int ChildrenLookedAfter);

/// <summary>
/// Counts the headline figures in the database (COUNT with EXISTS on the child_id indexes; no rows are loaded).
/// Open means started on or before the date and not ended by it.
/// </summary>
public sealed class BoroughHeadlines(AppDbContext db)
{
    public async Task<Headlines> AsAtAsync(DateOnly asAt, CancellationToken cancellationToken = default)
    {
        DateTime endOfDay = asAt.AddDays(1).ToDateTime(TimeOnly.MinValue);

        int known = await db.Children.CountAsync(c =>
            db.Contacts.Any(x => x.ChildId == c.Id && x.ReceivedAt < endOfDay)
            || db.CinEpisodes.Any(e => e.ChildId == c.Id && e.ReferralDate <= asAt), cancellationToken);

        int openCin = await db.CinEpisodes.CountAsync(e =>
            e.ReferralDate <= asAt && (e.ClosureDate == null || e.ClosureDate > asAt), cancellationToken);

        int onCpPlan = await db.Children.CountAsync(c =>
            db.ChildProtectionPlans.Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.ChildProtection.ChildProtectionPlan>(asAt)).Any(p => p.ChildId == c.Id),
            cancellationToken);

        int lookedAfter = await db.Children.CountAsync(c =>
            db.PeriodsOfCare.Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.LookedAfter.PeriodOfCare>(asAt)).Any(p => p.ChildId == c.Id),
            cancellationToken);

        return new Headlines(asAt, known, openCin, onCpPlan, lookedAfter);
    }
}

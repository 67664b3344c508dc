using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// One plan or status open on the day: its name and what a worker needs to know about it at a glance; RecordId is the
/// plan's own id, for the links that record on it.
/// </summary>
public sealed record CurrentPlan(string Id, string Title, SummaryListModel Details, long? RecordId = null);

/// <summary>
/// The plans and statuses open for a child on a day, for the top of the child's page: a child protection plan (since
/// when, for how long, its latest category), a child in need plan, being looked after (since when, the current legal
/// status and placement), and being a care leaver (eligibility, personal adviser, pathway plan review). A plan holds
/// from its start date up to, not including, its end date.
/// </summary>
public sealed class CurrentPlans(AppDbContext db)
{
    public async Task<IReadOnlyList<CurrentPlan>> ForChildAsync(long childId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var plans = new List<CurrentPlan>();
        var cp = await db.ChildProtectionPlans.AsNoTracking()
            .Where(p => p.ChildId == childId && p.StartDate <= today && (p.EndDate == null || p.EndDate > today))
            .OrderByDescending(p => p.StartDate)
            .Select(p => new { p.Id, p.StartDate, p.LatestCategory, p.NumberOfPreviousPlans })
            .FirstOrDefaultAsync(cancellationToken);
        if (cp is not null)
        {
            var rows = new List<SummaryListRow>
            {
                new("Since", $"{Formatting.Date(cp.StartDate)} ({Duration(cp.StartDate, today)})", "cp-plan-since"),
                new("Category", CategoriesOfAbuse.Codes.Describe(cp.LatestCategory), "cp-plan-category"),
            };
            if (cp.NumberOfPreviousPlans is > 0)
            {
                rows.Add(new("Previous plans", Formatting.Number(cp.NumberOfPreviousPlans.Value)));
            }

            plans.Add(new CurrentPlan("cp-plan", "Child protection plan", new SummaryListModel(rows), cp.Id));
        }

        var cin = await db.CinPlans.AsNoTracking()
            .Where(p => p.ChildId == childId && p.StartDate <= today && (p.EndDate == null || p.EndDate > today))
            .OrderByDescending(p => p.StartDate)
            .Select(p => new { p.Id, p.StartDate })
            .FirstOrDefaultAsync(cancellationToken);
        if (cin is not null)
        {
            plans.Add(new CurrentPlan("cin-plan", "Child in need plan",
                new SummaryListModel([new("Since", $"{Formatting.Date(cin.StartDate)} ({Duration(cin.StartDate, today)})", "cin-plan-since")]), cin.Id));
        }

        var care = await db.PeriodsOfCare.AsNoTracking()
            .Where(p => p.ChildId == childId && p.StartDate <= today && (p.EndDate == null || p.EndDate > today))
            .OrderByDescending(p => p.StartDate)
            .Select(p => new
            {
                p.StartDate,
                p.PermanencePlan,
                Episode = p.Episodes
                    .Where(e => e.StartDate <= today && (e.EndDate == null || e.EndDate > today))
                    .OrderByDescending(e => e.StartDate)
                    .Select(e => new { e.StartDate, e.LegalStatus, e.PlacementType })
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (care is not null)
        {
            var rows = new List<SummaryListRow>
            {
                new("Looked after since", $"{Formatting.Date(care.StartDate)} ({Duration(care.StartDate, today)})", "looked-after-since"),
            };
            if (care.Episode is { } episode)
            {
                rows.Add(new("Legal status", LegalStatuses.Codes.Describe(episode.LegalStatus), "legal-status"));
                rows.Add(new("Placement", PlacementTypes.Codes.Describe(episode.PlacementType), "placement"));
                rows.Add(new("Current episode since", Formatting.Date(episode.StartDate)));
            }

            if (!string.IsNullOrWhiteSpace(care.PermanencePlan))
            {
                rows.Add(new("Permanence plan", care.PermanencePlan));
            }

            plans.Add(new CurrentPlan("looked-after", "Looked after", new SummaryListModel(rows)));
        }
        else
        {
            var leaver = await db.CareLeavers.AsNoTracking()
                .Where(l => l.ChildId == childId)
                .Select(l => new
                {
                    l.Eligibility,
                    Adviser = l.PersonalAdviser == null ? null : l.PersonalAdviser.FirstName + " " + l.PersonalAdviser.LastName,
                    l.LatestPathwayPlanReviewDate,
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (leaver is not null)
            {
                plans.Add(new CurrentPlan("care-leaver", "Care leaver", new SummaryListModel(
                [
                    new("Eligibility", Eligibility(leaver.Eligibility)),
                    new("Personal adviser", Formatting.OrNotRecorded(leaver.Adviser), "personal-adviser"),
                    new("Latest pathway plan review", Formatting.Date(leaver.LatestPathwayPlanReviewDate)),
                ])));
            }
        }

        return plans;
    }

    private static string Eligibility(OpenCsc.CareLeavers.CareLeaverEligibility eligibility) => eligibility switch
    {
        OpenCsc.CareLeavers.CareLeaverEligibility.FormerRelevant => "Former relevant",
        _ => eligibility.ToString(),
    };

    /// <summary>How long a plan has been open, in the unit a worker would say: days, weeks, then months.</summary>
    public static string Duration(DateOnly start, DateOnly today)
    {
        int days = today.DayNumber - start.DayNumber;
        if (days < 14)
        {
            return days == 1 ? "1 day" : $"{days} days";
        }

        if (days < 92)
        {
            return $"{days / 7} weeks";
        }

        int months = ((today.Year - start.Year) * 12) + today.Month - start.Month - (today.Day < start.Day ? 1 : 0);
        return months == 1 ? "1 month" : $"{Formatting.Number(months)} months";
    }
}

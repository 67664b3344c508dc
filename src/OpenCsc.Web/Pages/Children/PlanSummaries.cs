using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Children;

/// <summary>A child protection plan as the plan forms show it, with the version the form carries.</summary>
public sealed record CpPlanSummary(DateOnly Start, string LatestCategory, DateOnly? End, string? EndReason, DateOnly? LatestReview, DateOnly? LatestCoreGroup, string Version)
{
    public SummaryListModel Rows => new(
    [
        new("Started", Formatting.Date(Start)),
        new("Category", CategoriesOfAbuse.Codes.Describe(LatestCategory), "plan-category"),
        new("Latest review conference", LatestReview is { } r ? Formatting.Date(r) : "None recorded", "latest-review"),
        new("Latest core group", LatestCoreGroup is { } c ? Formatting.Date(c) : "None recorded", "latest-core-group"),
        new("Ended", End is { } e ? $"{Formatting.Date(e)}: {Formatting.OrNotRecorded(EndReason)}" : "Open", "plan-ended"),
    ]);
}

/// <summary>A child in need plan as its form shows it, with the version the form carries.</summary>
public sealed record CinPlanSummary(DateOnly Start, DateOnly? End, string? EndReason, string Version)
{
    public SummaryListModel Rows => new(
    [
        new("Started", Formatting.Date(Start)),
        new("Ended", End is { } e ? $"{Formatting.Date(e)}: {Formatting.OrNotRecorded(EndReason)}" : "Open", "plan-ended"),
    ]);
}

/// <summary>Reads a child's plan for its forms: null when the child has no such plan.</summary>
public static class PlanSummaries
{
    public static async Task<CpPlanSummary?> CpPlanAsync(AppDbContext db, long childId, long planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ChildProtectionPlan? plan = await db.ChildProtectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.ChildId == childId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        DateOnly? review = await db.CpReviewConferences.Where(r => r.ChildProtectionPlanId == planId).MaxAsync(r => (DateOnly?)r.Date, cancellationToken);
        DateOnly? core = await db.CoreGroupMeetings.Where(m => m.ChildProtectionPlanId == planId).MaxAsync(m => (DateOnly?)m.Date, cancellationToken);
        return new CpPlanSummary(plan.StartDate, plan.LatestCategory, plan.EndDate, plan.EndReason, review, core, EditConflicts.VersionOf(plan));
    }

    public static async Task<CinPlanSummary?> CinPlanAsync(AppDbContext db, long childId, long planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        CinPlan? plan = await db.CinPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.ChildId == childId, cancellationToken);
        return plan is null ? null : new CinPlanSummary(plan.StartDate, plan.EndDate, plan.EndReason, EditConflicts.VersionOf(plan));
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>
/// The rules the plan forms share, from the CIN census validation rules: a plan (and a section 47 enquiry) belongs to
/// the child in need episode open on its start; a child has at most one child protection plan and one child in need
/// plan at a time (8935, 8940, 4004, 4014), and never both at once (4001, 4016, 4017): a child protection plan starting
/// ends the child in need plan that day. A plan holds from its start date up to, not including, its end date.
/// </summary>
public static class PlanRules
{
    /// <summary>The child in need episode open on the day (referred on or before it, not closed before it).</summary>
    public static Task<long?> EpisodeOpenOnAsync(AppDbContext db, long childId, DateOnly on, CancellationToken cancellationToken) =>
        db.CinEpisodes.Where(e => e.ChildId == childId && e.ReferralDate <= on && (e.ClosureDate == null || e.ClosureDate >= on))
            .OrderByDescending(e => e.ReferralDate).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The child protection plan open on the day or after it (not ended by then), which a new plan from the day would overlap.</summary>
    public static Task<ChildProtectionPlan?> CpPlanOpenFromAsync(AppDbContext db, long childId, DateOnly on, CancellationToken cancellationToken) =>
        db.ChildProtectionPlans.Where(p => p.ChildId == childId && (p.EndDate == null || p.EndDate > on))
            .OrderBy(p => p.StartDate).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The child in need plan open on the day or after it (not ended by then).</summary>
    public static Task<CinPlan?> CinPlanOpenFromAsync(AppDbContext db, long childId, DateOnly on, CancellationToken cancellationToken) =>
        db.CinPlans.Where(p => p.ChildId == childId && (p.EndDate == null || p.EndDate > on))
            .OrderBy(p => p.StartDate).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Why a child in need plan cannot start on the day because of a child protection plan, or null when it can.</summary>
    public static async Task<string?> CinPlanBlockedByCpPlanAsync(AppDbContext db, long childId, DateOnly on, CancellationToken cancellationToken) =>
        await CpPlanOpenFromAsync(db, childId, on, cancellationToken) is { } cp
            ? $"The child is on a child protection plan from {FieldProblems.Show(cp.StartDate)}: a child in need plan cannot run alongside it. End the child protection plan first (stepping down to a child in need plan starts one the day it ends)"
            : null;

    /// <summary>
    /// Ends a child protection plan on the day with its reason. Stepping down to a child in need plan starts one that
    /// day, on the plan's episode when it is still open and no child in need plan is; it is returned.
    /// </summary>
    public static async Task<CinPlan?> EndCpPlanAsync(AppDbContext db, ChildProtectionPlan plan, DateOnly on, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        plan.EndDate = on;
        plan.EndReason = reason;
        if (reason != EndChildProtectionPlan.StepDown
            || await CinPlanOpenFromAsync(db, plan.ChildId, on, cancellationToken) is not null
            || !await db.CinEpisodes.AnyAsync(e => e.Id == plan.CinEpisodeId && (e.ClosureDate == null || e.ClosureDate >= on), cancellationToken))
        {
            return null;
        }

        var cin = new CinPlan { CinEpisodeId = plan.CinEpisodeId, ChildId = plan.ChildId, StartDate = on };
        db.CinPlans.Add(cin);
        return cin;
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Codes;
using OpenCsc.Data;

namespace OpenCsc.ChildProtection;

/// <summary>Child protection plans, their start and end, and their review conferences.</summary>
public sealed class ChildProtectionPlanEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("cp-plans", "Child protection plans and reviews");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var plans = await db.ChildProtectionPlans.AsNoTracking()
            .Where(p => p.ChildId == childId)
            .Select(p => new { p.StartDate, p.EndDate, p.InitialCategory, p.LatestCategory, p.NumberOfPreviousPlans, p.EndReason })
            .ToListAsync(cancellationToken);
        foreach (var p in plans)
        {
            var details = new List<string> { $"Category: {CategoriesOfAbuse.Codes.Describe(p.InitialCategory)}" };
            if (p.NumberOfPreviousPlans is > 0 and var previous)
            {
                details.Add($"Previous CP plans: {previous.ToString(Formatting.EnGb)}");
            }

            events.Add(new ChronologyEvent(p.StartDate, null, ChronologyStage.CpPlanStart, Type, "Child protection plan started", details));
            if (p.EndDate is { } end)
            {
                var ended = new List<string> { $"Latest category: {CategoriesOfAbuse.Codes.Describe(p.LatestCategory)}" };
                if (!string.IsNullOrWhiteSpace(p.EndReason))
                {
                    ended.Add($"Reason: {p.EndReason}");
                }

                events.Add(new ChronologyEvent(end, null, ChronologyStage.PlanEnd, Type, "Child protection plan ended", ended));
            }
        }

        var reviews = await db.CpReviewConferences.AsNoTracking()
            .Where(r => r.ChildProtectionPlan!.ChildId == childId)
            .Select(r => new { r.Date, PlanStart = r.ChildProtectionPlan!.StartDate })
            .ToListAsync(cancellationToken);
        foreach (var r in reviews)
        {
            events.Add(new ChronologyEvent(r.Date, null, ChronologyStage.CpReview, Type, "Child protection review conference",
                [$"Plan started {Formatting.Date(r.PlanStart)}"]));
        }

        return events;
    }
}

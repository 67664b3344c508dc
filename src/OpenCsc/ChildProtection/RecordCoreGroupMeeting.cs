using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>A core group meeting to record: the child, their child protection plan, the day it met.</summary>
public sealed record RecordCoreGroupMeetingCommand(long ChildId, long PlanId, DateOnly Date);

/// <summary>
/// Records a core group meeting of an open child protection plan: the day, on or after the plan started (the first is
/// due within 10 working days of the initial conference), one a day.
/// </summary>
public static class RecordCoreGroupMeeting
{
    public static async Task<RecordingResult<CoreGroupMeeting>> RunAsync(AppDbContext db, RecordingContext context, RecordCoreGroupMeetingCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var plan = await db.ChildProtectionPlans.AsNoTracking().Where(p => p.Id == command.PlanId && p.ChildId == command.ChildId)
            .Select(p => new { p.StartDate, p.EndDate }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return Recorded.NotFound;
        }

        if (plan.EndDate is { } ended)
        {
            return Recorded.Invalid(nameof(command.PlanId), $"This plan ended on {FieldProblems.Show(ended)}: core groups are recorded on an open plan");
        }

        var problems = new FieldProblems();
        DateOnly on = command.Date;
        if (problems.NotInFuture(on, context.Today, nameof(command.Date), "the date of the core group meeting"))
        {
            if (on < plan.StartDate)
            {
                problems.Add(nameof(command.Date), $"The date of the core group meeting must be on or after the plan started ({FieldProblems.Show(plan.StartDate)})");
            }
            else if (await db.CoreGroupMeetings.AnyAsync(m => m.ChildProtectionPlanId == command.PlanId && m.Date == on, cancellationToken))
            {
                problems.Add(nameof(command.Date), $"A core group meeting on {FieldProblems.Show(on)} is already recorded");
            }
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var meeting = new CoreGroupMeeting { ChildProtectionPlanId = command.PlanId, Date = on };
        db.CoreGroupMeetings.Add(meeting);
        return await context.SaveAsync(db, meeting, nameof(command.Date), cancellationToken);
    }
}

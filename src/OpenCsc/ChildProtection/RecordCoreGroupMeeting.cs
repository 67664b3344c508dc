using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>A core group meeting as the form sends it.</summary>
public sealed record CoreGroupForm(string? Day, string? Month, string? Year);

/// <summary>
/// Records a core group meeting of an open child protection plan: the day, on or after the plan started (the first is
/// due within 10 working days of the initial conference), one a day.
/// </summary>
public static class RecordCoreGroupMeeting
{
    public static async Task<(CoreGroupMeeting? Meeting, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long planId, CoreGroupForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var plan = await db.ChildProtectionPlans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.StartDate, p.EndDate }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("No such child protection plan.");
        if (plan.EndDate is { } ended)
        {
            return (null, [new("current", $"This plan ended on {FormFields.Show(ended)}: core groups are recorded on an open plan")]);
        }

        var problems = new List<FieldProblem>();
        DateOnly? date = FormFields.PastDate(form.Day, form.Month, form.Year, "date-day", "the date of the core group meeting", required: true, today, problems);
        if (date is { } on)
        {
            if (on < plan.StartDate)
            {
                problems.Add(new("date-day", $"The date of the core group meeting must be on or after the plan started ({FormFields.Show(plan.StartDate)})"));
            }
            else if (await db.CoreGroupMeetings.AnyAsync(m => m.ChildProtectionPlanId == planId && m.Date == on, cancellationToken))
            {
                problems.Add(new("date-day", $"A core group meeting on {FormFields.Show(on)} is already recorded"));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var meeting = new CoreGroupMeeting { ChildProtectionPlanId = planId, Date = date!.Value };
        db.CoreGroupMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return (meeting, []);
    }
}

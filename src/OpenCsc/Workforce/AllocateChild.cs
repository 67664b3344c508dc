using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Workforce;

/// <summary>A field that does not meet its rule: the form field's id and what was expected.</summary>
public sealed record AllocationFieldError(string FieldId, string Message);

/// <summary>
/// A team manager allocates a child to a worker of their team, or reallocates: the allocation open on the day ends
/// that day and the new one starts (an allocation holds from its start up to, not including, its end). A head of
/// service may allocate to any worker of the teams in their services. If the child's allocation changed after the
/// form was opened, nothing is saved and the form says so.
/// </summary>
public static class AllocateChild
{
    public const string ConflictMessage = "Someone else changed this child's allocation after you opened the form: nothing was saved. Check who holds the case now.";

    /// <param name="db">The database.</param>
    /// <param name="childId">The child.</param>
    /// <param name="allowedWorkers">The workers this manager may allocate to (their team's, or their services').</param>
    /// <param name="workerId">The worker chosen, as the form sent it.</param>
    /// <param name="day">The allocation's date, as typed.</param>
    /// <param name="month">As typed.</param>
    /// <param name="year">As typed.</param>
    /// <param name="openedOn">The allocation open when the form was opened ("none" when none was).</param>
    /// <param name="today">Today.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<IReadOnlyList<AllocationFieldError>> RunAsync(
        AppDbContext db, long childId, IQueryable<long> allowedWorkers, string? workerId, string? day, string? month, string? year, string? openedOn, DateOnly today,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var errors = new List<AllocationFieldError>();
        long? worker = long.TryParse(workerId, NumberStyles.None, CultureInfo.InvariantCulture, out long w) && await allowedWorkers.ContainsAsync(w, cancellationToken) ? w : null;
        if (worker is null)
        {
            errors.Add(new("worker", "Select a worker in your team"));
        }

        DateOnly? date = null;
        if (!int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || y is < 1900 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            errors.Add(new("date-day", "The date of the allocation must be a real date, for example 27 3 2026"));
        }
        else if (new DateOnly(y, m, d) > today)
        {
            errors.Add(new("date-day", "The date of the allocation must be today or in the past"));
        }
        else
        {
            date = new DateOnly(y, m, d);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM children WHERE id = {childId} FOR UPDATE", cancellationToken);
        }

        Allocation? current = await db.Allocations
            .Where(a => a.ChildId == childId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        string now = current?.Id.ToString(CultureInfo.InvariantCulture) ?? "none";
        if (!string.Equals(openedOn, now, StringComparison.Ordinal))
        {
            return [new("worker", ConflictMessage)];
        }

        if (worker is { } chosen && current?.WorkerId == chosen)
        {
            errors.Add(new("worker", "The child is already allocated to this worker"));
        }

        if (date is { } on && current is not null && on <= current.StartDate)
        {
            errors.Add(new("date-day", $"The date of the allocation must be after the current allocation started ({current.StartDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))})"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        long team = await db.Workers.Where(x => x.Id == worker).Select(x => x.TeamId).FirstAsync(cancellationToken)
            ?? throw new InvalidOperationException("The worker has no team.");
        if (current is not null)
        {
            current.EndDate = date;
        }

        db.Allocations.Add(new Allocation { ChildId = childId, TeamId = team, WorkerId = worker, StartDate = date!.Value });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}

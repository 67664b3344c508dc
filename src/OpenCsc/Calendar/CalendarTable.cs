using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Calendar;

/// <summary>
/// Keeps the calendar_days table in step with a <see cref="WorkingDayCalendar"/> (bank holidays and local closure
/// days): every day from <see cref="From"/> to <see cref="To"/>, rewritten in one transaction when the table's
/// working days differ from the calendar's.
/// </summary>
public static class CalendarTable
{
    public static readonly DateOnly From = new(2000, 1, 1);

    public static readonly DateOnly To = new(2040, 12, 31);

    /// <summary>Brings the table into line with the calendar; true if it had to be rewritten.</summary>
    public static async Task<bool> EnsureAsync(AppDbContext db, WorkingDayCalendar calendar, CancellationToken cancellationToken = default)
    {
        var days = Build(calendar);
        int count = await db.CalendarDays.CountAsync(cancellationToken);
        if (count == days.Count)
        {
            // The last index and a checksum of the indexes tell whether the working days are the same ones.
            long expectedSum = days.Sum(d => (long)d.WorkingDayIndex);
            long sum = await db.CalendarDays.SumAsync(d => (long)d.WorkingDayIndex, cancellationToken);
            int last = await db.CalendarDays.MaxAsync(d => d.WorkingDayIndex, cancellationToken);
            if (sum == expectedSum && last == days[^1].WorkingDayIndex)
            {
                return false;
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CalendarDays.ExecuteDeleteAsync(cancellationToken);
        bool detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.CalendarDays.AddRange(days);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public static IReadOnlyList<CalendarDay> Build(WorkingDayCalendar calendar)
    {
        var days = new List<CalendarDay>(To.DayNumber - From.DayNumber + 1);
        int index = 0;
        for (DateOnly day = From; day <= To; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                index++;
            }

            days.Add(new CalendarDay { Day = day, WorkingDayIndex = index });
        }

        return days;
    }
}

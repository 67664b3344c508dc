using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.Calendar;

/// <summary>A timescale set to a value, or back to its configured value (<see cref="Value"/> null), and why.</summary>
public sealed record ChangeTimescaleCommand(string Timescale, int? Value, string? Reason);

/// <summary>A local closure day added (<see cref="Closed"/>) or removed, and why.</summary>
public sealed record ChangeClosureDayCommand(DateOnly? Day, bool Closed, string? Reason);

/// <summary>
/// A system administrator changes a timescale or the local closure days. Every change needs a reason of at least
/// <see cref="MinimumReason"/> characters: a timescale moved without one is a decision without a rationale. The change
/// is a new <see cref="TimescaleChange"/> row (its audit entry names the person and carries the reason), and the
/// calendar table the indicators count working days with is brought into line in the same request.
/// </summary>
public static class ChangeTimescales
{
    public const int MinimumReason = 10;

    public const int MaximumReason = 1000;

    public static async Task<RecordingResult<TimescaleChange>> RunAsync(
        AppDbContext db, RecordingContext context, ChangeTimescaleCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (context.Scope.User.Role != StaffRole.SystemAdministrator)
        {
            return Recorded.Refused;
        }

        if (TimescaleCatalogue.Find(command.Timescale) is not { } timescale)
        {
            return Recorded.NotFound;
        }

        var problems = new FieldProblems();
        if (command.Value is < 1 or > TimescaleCatalogue.Maximum)
        {
            problems.Add(nameof(command.Value), $"The timescale must be a whole number of {timescale.Unit} from 1 to {TimescaleCatalogue.Maximum}");
        }

        return await SaveAsync(db, context, problems, command.Reason, reason => new TimescaleChange { Timescale = timescale.Name, Value = command.Value, Reason = reason }, nameof(command.Value), cancellationToken);
    }

    public static async Task<RecordingResult<TimescaleChange>> RunAsync(
        AppDbContext db, RecordingContext context, ChangeClosureDayCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (context.Scope.User.Role != StaffRole.SystemAdministrator)
        {
            return Recorded.Refused;
        }

        var problems = new FieldProblems();
        if (command.Day is not { } day)
        {
            problems.Add(nameof(command.Day), "Enter the closure day");
        }
        else
        {
            WorkingDayCalendar calendar = (await context.Provider.CurrentAsync(db, cancellationToken)).Calendar;
            if (command.Closed && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                problems.Add(nameof(command.Day), $"{FieldProblems.Show(day)} is a {day.DayOfWeek}: only a weekday can be a closure day");
            }
            else if (command.Closed && calendar.IsBankHoliday(day))
            {
                problems.Add(nameof(command.Day), $"{FieldProblems.Show(day)} is already a bank holiday ({calendar.HolidayName(day)})");
            }
            else if (command.Closed && calendar.IsLocalClosureDay(day))
            {
                problems.Add(nameof(command.Day), $"{FieldProblems.Show(day)} is already a closure day");
            }
            else if (!command.Closed && !calendar.IsLocalClosureDay(day))
            {
                problems.Add(nameof(command.Day), $"{FieldProblems.Show(day)} is not a closure day");
            }
        }

        return await SaveAsync(db, context, problems, command.Reason, reason => new TimescaleChange { ClosureDay = command.Day, Closed = command.Closed, Reason = reason }, nameof(command.Day), cancellationToken);
    }

    private static void Reason(FieldProblems problems, string? reason, string field)
    {
        string text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems.Add(field, "Enter the reason for the change");
        }
        else
        {
            problems.Length(text, field, "the reason", MinimumReason, MaximumReason);
        }
    }

    /// <summary>Both changes end alike: the reason checked with the rest, then the change saved as the person.</summary>
    private static async Task<RecordingResult<TimescaleChange>> SaveAsync(
        AppDbContext db, RecordingContext context, FieldProblems problems, string? reason, Func<string, TimescaleChange> changeFor, string field, CancellationToken cancellationToken)
    {
        Reason(problems, reason, nameof(ChangeTimescaleCommand.Reason));
        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        TimescaleChange change = changeFor(reason!.Trim());
        db.TimescaleChanges.Add(change);
        RecordingResult<TimescaleChange> saved = await context.SaveAsync(db, change, field, cancellationToken);
        if (saved.IsSaved && change.ClosureDay is not null)
        {
            // The indicators count working days in the database: their calendar table follows the change at once.
            await CalendarTable.EnsureAsync(db, (await context.Provider.CurrentAsync(db, cancellationToken)).Calendar, cancellationToken);
        }

        return saved;
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>A missing episode as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record MissingEpisodeForm(string? Kind, string? Day, string? Month, string? Year, string? ReturnDay, string? ReturnMonth, string? ReturnYear, string? ReturnTime);

/// <summary>A field that does not meet its rule: the form field's id and what was expected.</summary>
public sealed record MissingFieldError(string FieldId, string Message);

/// <summary>
/// Records that a child went missing (or was absent): the day, and when known the day and time they came back. From the
/// return, the return home interview is due within 72 hours and shows on the RHI tracker until it is recorded.
/// </summary>
public static class RecordMissingEpisode
{
    public static async Task<(MissingEpisode? Episode, IReadOnlyList<MissingFieldError> Errors)> RunAsync(
        AppDbContext db, long childId, MissingEpisodeForm form, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<MissingFieldError>();
        if (!Enum.TryParse(form.Kind, out MissingKind kind) || !Enum.IsDefined(kind))
        {
            errors.Add(new("kind", "Select whether the child was missing or absent"));
        }

        DateOnly today = DateOnly.FromDateTime(now);
        DateOnly? start = Date(form.Day, form.Month, form.Year, "start-day", "the day the child went missing", true, errors);
        if (start > today)
        {
            errors.Add(new("start-day", "The day the child went missing must be today or in the past"));
        }

        DateOnly? back = Date(form.ReturnDay, form.ReturnMonth, form.ReturnYear, "return-day", "the day the child came back", false, errors);
        TimeOnly? at = null;
        if (!string.IsNullOrWhiteSpace(form.ReturnTime))
        {
            if (TimeOnly.TryParseExact(form.ReturnTime.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly t))
            {
                at = t;
            }
            else
            {
                errors.Add(new("return-time", "Enter the time the child came back as hours and minutes, for example 17:30"));
            }
        }

        if (at is not null && back is null)
        {
            errors.Add(new("return-day", "Enter the day the child came back, with the time"));
        }

        DateTime? returnedAt = back is { } b ? b.ToDateTime(at ?? TimeOnly.MinValue) : null;
        if (returnedAt is { } r && start is { } s)
        {
            if (back < s)
            {
                errors.Add(new("return-day", "The day the child came back must be on or after the day they went missing"));
            }
            else if (r > now)
            {
                errors.Add(new("return-day", "The child's return must be now or in the past"));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var episode = new MissingEpisode { ChildId = childId, Kind = kind, StartDate = start!.Value, EndDate = back, ReturnedAt = returnedAt };
        db.MissingEpisodes.Add(episode);
        await db.SaveChangesAsync(cancellationToken);
        return (episode, []);
    }

    private static DateOnly? Date(string? day, string? month, string? year, string field, string what, bool required, List<MissingFieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
        {
            if (required)
            {
                errors.Add(new(field, $"Enter {what}"));
            }

            return null;
        }

        if (!int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || y is < 1900 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            errors.Add(new(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date, for example 27 3 2026"));
            return null;
        }

        return new DateOnly(y, m, d);
    }
}

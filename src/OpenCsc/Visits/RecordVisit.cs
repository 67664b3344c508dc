using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Visits;

/// <summary>A visit as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record VisitForm(string? Kind, string? Day, string? Month, string? Year, string? Seen, string? SeenAlone, string? Note);

/// <summary>A field that does not meet its rule: the form field's id and what was expected.</summary>
public sealed record VisitFieldError(string FieldId, string Message);

/// <summary>
/// Records a visit to a child: what kind, the day it happened (not the day it is recorded: a visit recorded late still
/// counts by its date), whether the child was seen and seen alone, and a note. The date must be a real day, not in the
/// future and not before the child was born; whoever records it is the visiting worker. Nothing is saved unless every
/// field is right.
/// </summary>
public static class RecordVisit
{
    public const int MaximumNoteLength = 4000;

    public static async Task<(Visit? Visit, IReadOnlyList<VisitFieldError> Errors)> RunAsync(
        AppDbContext db, long childId, long? workerId, VisitForm form, DateTime now, CancellationToken cancellationToken = default)
    {
        var errors = new List<VisitFieldError>();
        if (!Enum.TryParse(form.Kind, out VisitKind kind) || !Enum.IsDefined(kind))
        {
            errors.Add(new("kind", "Select the kind of visit"));
        }

        DateOnly today = DateOnly.FromDateTime(now);
        DateOnly? date = null;
        if (string.IsNullOrWhiteSpace(form.Day) && string.IsNullOrWhiteSpace(form.Month) && string.IsNullOrWhiteSpace(form.Year))
        {
            errors.Add(new("visit-date-day", "Enter the date of the visit"));
        }
        else if (!int.TryParse(form.Day?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(form.Month?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(form.Year?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y)
            || y is < 1900 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            errors.Add(new("visit-date-day", "The date of the visit must be a real date, for example 27 3 2026"));
        }
        else
        {
            date = new DateOnly(y, m, d);
            DateOnly? born = await db.Children.Where(c => c.Id == childId).Select(c => c.DateOfBirth).FirstOrDefaultAsync(cancellationToken);
            if (date > today)
            {
                errors.Add(new("visit-date-day", "The date of the visit must be today or in the past"));
            }
            else if (born is { } b && date < b)
            {
                errors.Add(new("visit-date-day", "The date of the visit must be on or after the child's date of birth"));
            }
        }

        bool? seen = form.Seen switch { "yes" => true, "no" => false, _ => null };
        if (seen is null)
        {
            errors.Add(new("seen", "Select yes if the child was seen"));
        }

        bool? alone = form.SeenAlone switch { "yes" => true, "no" => false, _ => null };
        if (seen == true && alone is null)
        {
            errors.Add(new("seen-alone", "Select yes if the child was seen alone"));
        }

        string? note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim();
        if (note?.Length > MaximumNoteLength)
        {
            errors.Add(new("note", $"The note must be {MaximumNoteLength:N0} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var visit = new Visit
        {
            ChildId = childId,
            Kind = kind,
            VisitDate = date!.Value,
            RecordedAt = now,
            WorkerId = workerId,
            ChildSeen = seen!.Value,
            SeenAlone = seen == true && alone == true,
            Note = note,
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return (visit, []);
    }

    public static string Label(VisitKind kind) => kind switch
    {
        VisitKind.ChildInNeed => "Child in need visit",
        VisitKind.ChildProtection => "Child protection visit",
        VisitKind.LookedAfter => "Looked-after child visit (reg 28)",
        VisitKind.CareLeaver => "Care leaver contact (personal adviser)",
        _ => kind.ToString(),
    };
}

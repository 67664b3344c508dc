using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.Visits;

/// <summary>A visit to record: the child, what kind, the day it happened, whether the child was seen (and alone), a note.</summary>
public sealed record RecordVisitCommand(long ChildId, VisitKind Kind, DateOnly VisitDate, bool ChildSeen, bool SeenAlone, string? Note);

/// <summary>
/// Records a visit to a child: what kind, the day it happened (not the day it is recorded: a visit recorded late still
/// counts by its date), whether the child was seen and seen alone, and a note. The date must not be in the future nor
/// before the child was born; whoever records it is the visiting worker. Nothing is saved unless every rule is met.
/// </summary>
public static class RecordVisit
{
    public const int MaximumNoteLength = 4000;

    public static async Task<RecordingResult<Visit>> RunAsync(AppDbContext db, RecordingContext context, RecordVisitCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var problems = new FieldProblems();
        if (problems.NotInFuture(command.VisitDate, context.Today, nameof(command.VisitDate), "the date of the visit"))
        {
            DateOnly? born = await db.Children.Where(c => c.Id == command.ChildId).Select(c => c.DateOfBirth).FirstOrDefaultAsync(cancellationToken);
            if (born is { } b && command.VisitDate < b)
            {
                problems.Add(nameof(command.VisitDate), "The date of the visit must be on or after the child's date of birth");
            }
        }

        problems.Length(command.Note, nameof(command.Note), "the note", 0, MaximumNoteLength);
        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var visit = new Visit
        {
            ChildId = command.ChildId,
            Kind = command.Kind,
            VisitDate = command.VisitDate,
            RecordedAt = context.Now,
            WorkerId = context.WorkerId,
            ChildSeen = command.ChildSeen,
            SeenAlone = command.ChildSeen && command.SeenAlone,
            Note = command.Note,
        };
        db.Visits.Add(visit);
        return await context.SaveAsync(db, visit, nameof(command.VisitDate), cancellationToken);
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

using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.Workforce;

namespace OpenCsc.Borough.Generation;

/// <summary>
/// The front door on the demo's as-of day: six contacts about children the service knew before and no longer works
/// with, received over the three days before it and not yet decided, each child's case back with the MASH team. The
/// MASH worker's front door list then has work in it: the newest due by the end of the as-of day, the oldest overdue.
/// Deterministic: the same borough gets the same contacts.
/// </summary>
public static class DemoFrontDoor
{
    public const int Contacts = 6;

    private static readonly string[] Sources = ["2A", "5A", "3A", "1A", "2A", "4"];

    private static readonly Brag[] Ratings = [Brag.Amber, Brag.Red, Brag.Green, Brag.Amber, Brag.Amber, Brag.Blue];

    private static readonly string[] Concerns =
    [
        "School: came in with a bruise on the forearm and said a parent did it; asked not to go home.",
        "Police: attended a domestic incident at the home overnight; the child was present and distressed.",
        "Health visitor: the home was cold and there was little food; the parent seemed low in mood.",
        "Grandmother: worried the parent is drinking again and the child is left alone in the evenings.",
        "School: attendance has fallen to 60% this term; the child says they look after a younger sibling.",
        "GP: a parent asked for advice about managing the child's behaviour; no concerns about harm raised.",
    ];

    /// <summary>Adds the contacts and the MASH allocations; returns how many of each were written.</summary>
    public static async Task<(int Contacts, int Allocations)> WriteAsync(DatabaseSettings settings, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        db.AuditContext = Audit.AuditContext.ForSystem(BufferedRowSink.Actor);
        long? mash = await db.Teams.Where(t => t.Kind == TeamKind.Mash).OrderBy(t => t.Id).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (mash is not { } team)
        {
            return (0, 0);
        }

        DateOnly from = asOf.AddDays(-3);
        List<long> children = await db.Children
            .Where(c => !c.IsRestricted && c.DateOfDeath == null && c.DateOfBirth != null && c.DateOfBirth > asOf.AddYears(-16)
                && db.Contacts.Any(x => x.ChildId == c.Id && x.ReceivedAt < from.ToDateTime(TimeOnly.MinValue))
                && !db.Contacts.Any(x => x.ChildId == c.Id && x.ReceivedAt >= from.ToDateTime(TimeOnly.MinValue))
                && !db.Allocations.Any(a => a.ChildId == c.Id && (a.EndDate == null || a.EndDate > from))
                && !db.CinEpisodes.Any(e => e.ChildId == c.Id && (e.ClosureDate == null || e.ClosureDate >= from)))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(Contacts).ToListAsync(cancellationToken);
        for (int i = 0; i < children.Count; i++)
        {
            DateOnly day = asOf.AddDays(-1 - (i % 3));
            DateTime received = day.ToDateTime(new TimeOnly(9, 0)).AddMinutes(50 * i);
            db.Contacts.Add(new Contact { ChildId = children[i], ReceivedAt = received, Source = Sources[i], Concern = Concerns[i], BragFirst = Ratings[i] });
            db.Allocations.Add(new Allocation { ChildId = children[i], TeamId = team, StartDate = day });
        }

        using (db.RecordChangesInBulk("demo seed: contacts at the front door"))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return (children.Count, children.Count);
    }
}

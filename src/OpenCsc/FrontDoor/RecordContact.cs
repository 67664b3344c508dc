using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Children;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Workforce;

namespace OpenCsc.FrontDoor;

/// <summary>
/// A contact to record: about a known child (<paramref name="ChildId"/>), or about a child new to the service, whose
/// name, date of birth (if known) and sex are given instead; when it came in, who made it, the concern and the first
/// BRAG rating.
/// </summary>
public sealed record RecordContactCommand(
    long? ChildId, string? FirstName, string? LastName, DateOnly? DateOfBirth, string? Sex,
    DateOnly ReceivedOn, TimeOnly ReceivedTime, string Source, string Concern, Brag Brag)
{
    public DateTime ReceivedAt => ReceivedOn.ToDateTime(ReceivedTime);
}

/// <summary>
/// The MASH records a contact: when it came in, who made it (the CIN census referral source), what they are worried
/// about and the first BRAG rating. The threshold decision is due within the timescale's working days (<see cref="DecideContact"/>).
/// A contact about a child the service does not know creates the child's record, with the case held by the recording
/// worker's team from that day, so the front door sees the children it is deciding about and nobody else does.
/// </summary>
public static class RecordContact
{
    public const int MaximumNameLength = 100;
    public const int MaximumConcernLength = 4000;

    /// <summary>The prefix of child identifiers made here (the borough's own systems' identifiers are kept as loaded).</summary>
    public const string ChildIdPrefix = "OC";

    /// <summary>Care leavers are supported up to 25, so no child on the front door was born longer ago than that.</summary>
    public const int MaximumAgeYears = 25;

    public static async Task<RecordingResult<Contact>> RunAsync(AppDbContext db, RecordingContext context, RecordContactCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (command.ChildId is { } known)
        {
            if (await context.RefusalForChildAsync(db, known, cancellationToken) is { } refused)
            {
                return refused;
            }
        }
        else if (!context.Scope.MayRecord)
        {
            return Recorded.Refused;
        }

        // A contact is recorded by someone on the staff list: the child's case is held by their team.
        if (context.WorkerId is not { } recorder)
        {
            return Recorded.Refused;
        }

        var problems = new FieldProblems();
        if (command.ChildId is null)
        {
            Required(problems, command.FirstName, nameof(command.FirstName), "the child's first name", MaximumNameLength);
            Required(problems, command.LastName, nameof(command.LastName), "the child's last name", MaximumNameLength);
            if (problems.NotInFuture(command.DateOfBirth, context.Today, nameof(command.DateOfBirth), "the child's date of birth")
                && command.DateOfBirth is { } b && b < context.Today.AddYears(-MaximumAgeYears))
            {
                problems.Add(nameof(command.DateOfBirth), "The child's date of birth must be within the last 25 years: care leavers are supported up to 25");
            }

            if (!Sexes.Codes.Entries.Any(e => e.Code == command.Sex))
            {
                problems.Add(nameof(command.Sex), "Select the child's sex, or unknown");
            }
        }

        if (problems.NotInFuture(command.ReceivedOn, context.Today, nameof(command.ReceivedOn), "the date the contact came in"))
        {
            problems.NotInFuture(command.ReceivedAt, context.Now, nameof(command.ReceivedTime), "the time the contact came in");
        }

        if (!ReferralSources.Codes.Entries.Any(e => e.Code == command.Source))
        {
            problems.Add(nameof(command.Source), "Select who made the contact");
        }

        Required(problems, command.Concern, nameof(command.Concern), "what the person is worried about", MaximumConcernLength);
        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Child? child = null;
        if (command.ChildId is null)
        {
            long teamId = await db.Workers.Where(w => w.Id == recorder).Select(w => w.TeamId).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException("The recording worker has no team.");
            child = new Child
            {
                LaChildId = await NextChildIdAsync(db, cancellationToken),
                FirstName = command.FirstName!,
                LastName = command.LastName!,
                DateOfBirth = command.DateOfBirth,
                Sex = command.Sex!,
            };
            db.Children.Add(child);
            db.Allocations.Add(new Allocation { Child = child, TeamId = teamId, WorkerId = recorder, StartDate = command.ReceivedOn });
        }

        var contact = new Contact
        {
            ChildId = command.ChildId ?? 0,
            Child = child,
            ReceivedAt = command.ReceivedAt,
            Source = command.Source,
            Concern = command.Concern,
            BragFirst = command.Brag,
            RecordedById = recorder,
        };
        db.Contacts.Add(contact);
        RecordingResult<Contact> result = await context.SaveAsync(db, contact, nameof(command.Concern), cancellationToken);
        if (result.IsSaved)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>OC00000001, OC00000002, ...: the next identifier after the highest made here.</summary>
    private static async Task<string> NextChildIdAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        string? highest = await db.Children.Where(c => c.LaChildId.StartsWith(ChildIdPrefix))
            .OrderByDescending(c => c.LaChildId).Select(c => c.LaChildId).FirstOrDefaultAsync(cancellationToken);
        long next = highest is not null && long.TryParse(highest.AsSpan(ChildIdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n + 1 : 1;
        return ChildIdPrefix + next.ToString("D8", CultureInfo.InvariantCulture);
    }

    private static void Required(FieldProblems problems, string? text, string field, string what, int maximum)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(field, $"Enter {what}");
        }
        else
        {
            problems.Length(text, field, what, 1, maximum);
        }
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Children;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Workforce;

namespace OpenCsc.FrontDoor;

/// <summary>
/// A contact as the form sends it: every field as typed, so a form with errors keeps them. The child's details are
/// asked for only when the contact is about a child the service does not yet know.
/// </summary>
public sealed record ContactForm(
    string? FirstName, string? LastName, string? BirthDay, string? BirthMonth, string? BirthYear, string? Sex,
    string? Day, string? Month, string? Year, string? Time, string? Source, string? Concern, string? Brag)
{
    public static ContactForm Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null);
}

/// <summary>
/// The MASH records a contact: when it came in, who made it (the CIN census referral source), what they are worried
/// about and the first BRAG rating. The threshold decision is due within one working day (<see cref="DecideContact"/>).
/// A contact about a child the service does not know creates the child's record, with the case held by the recording
/// worker's team from that day, so the front door sees the children it is deciding about and nobody else does.
/// </summary>
public static class RecordContact
{
    public const int MaximumConcernLength = 4000;

    /// <summary>The prefix of child identifiers made here (the borough's own systems' identifiers are kept as loaded).</summary>
    public const string ChildIdPrefix = "OC";

    public static async Task<(Contact? Contact, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long? childId, long recorderWorkerId, ContactForm form, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        DateOnly today = DateOnly.FromDateTime(now);
        string? firstName = null, lastName = null, sex = null;
        DateOnly? born = null;
        if (childId is null)
        {
            firstName = FormFields.Text(form.FirstName, "first-name", "the child's first name", required: true, 1, 100, problems);
            lastName = FormFields.Text(form.LastName, "last-name", "the child's last name", required: true, 1, 100, problems);
            born = FormFields.PastDate(form.BirthDay, form.BirthMonth, form.BirthYear, "birth-day", "the child's date of birth", required: false, today, problems);
            if (born is { } b && b < today.AddYears(-25))
            {
                problems.Add(new("birth-day", "The child's date of birth must be within the last 25 years: care leavers are supported up to 25"));
            }

            sex = FormFields.Code(form.Sex, Sexes.Codes.Entries.Select(e => e.Code).ToArray(), "sex", "Select the child's sex, or unknown", problems);
        }

        DateOnly? day = FormFields.PastDate(form.Day, form.Month, form.Year, "received-day", "the date the contact came in", required: true, today, problems);
        TimeOnly? time = FormFields.Time(form.Time, "received-time", "the time the contact came in", required: true, problems);
        DateTime? receivedAt = day is { } d && time is { } t ? d.ToDateTime(t) : null;
        if (receivedAt > now)
        {
            problems.Add(new("received-time", "The time the contact came in must be now or in the past"));
        }

        string? source = FormFields.Code(form.Source, ReferralSources.Codes.Entries.Select(e => e.Code).ToArray(), "source", "Select who made the contact", problems);
        string? concern = FormFields.Text(form.Concern, "concern", "what the person is worried about", required: true, 1, MaximumConcernLength, problems);
        Brag? brag = FormFields.Choice<Brag>(form.Brag, "brag", "Select the first BRAG rating", problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Child? child = null;
        if (childId is null)
        {
            long teamId = await db.Workers.Where(w => w.Id == recorderWorkerId).Select(w => w.TeamId).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException("The recording worker has no team.");
            child = new Child
            {
                LaChildId = await NextChildIdAsync(db, cancellationToken),
                FirstName = firstName!,
                LastName = lastName!,
                DateOfBirth = born,
                Sex = sex!,
            };
            db.Children.Add(child);
            db.Allocations.Add(new Allocation { Child = child, TeamId = teamId, WorkerId = recorderWorkerId, StartDate = day!.Value });
        }

        var contact = new Contact
        {
            ChildId = childId ?? 0,
            Child = child,
            ReceivedAt = receivedAt!.Value,
            Source = source!,
            Concern = concern,
            BragFirst = brag,
            RecordedById = recorderWorkerId,
        };
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (contact, []);
    }

    /// <summary>OC00000001, OC00000002, ...: the next identifier after the highest made here.</summary>
    private static async Task<string> NextChildIdAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        string? highest = await db.Children.Where(c => c.LaChildId.StartsWith(ChildIdPrefix))
            .OrderByDescending(c => c.LaChildId).Select(c => c.LaChildId).FirstOrDefaultAsync(cancellationToken);
        long next = highest is not null && long.TryParse(highest.AsSpan(ChildIdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n + 1 : 1;
        return ChildIdPrefix + next.ToString("D8", CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.FrontDoor;

/// <summary>A threshold decision on a contact: the final BRAG rating, when, the outcome, the rationale, and the version of the contact shown.</summary>
public sealed record DecideContactCommand(long ContactId, Brag Brag, DateOnly DecidedOn, TimeOnly DecidedTime, ContactOutcome Outcome, string Rationale, int? Version)
{
    public DateTime DecidedAt => DecidedOn.ToDateTime(DecidedTime);
}

/// <summary>
/// The MASH's threshold decision on a contact: the final BRAG rating, when it was decided (due within the timescale's
/// working days of the contact), the outcome — no further action, early help, or a referral to children's social care —
/// and the rationale, without which there is no decision. A referral opens the child's CIN episode (the referral date
/// is the day of the decision; its source is the contact's); early help opens an early help episode. A contact is
/// decided once: a decision made by someone else after the form was opened is not overwritten (<see cref="EditConflicts"/>).
/// </summary>
public static class DecideContact
{
    public const int MinimumRationaleLength = 20;
    public const int MaximumRationaleLength = 4000;

    public const string AlreadyDecided = "A decision has already been recorded on this contact: nothing you entered was saved";

    public static async Task<RecordingResult<Contact>> RunAsync(AppDbContext db, RecordingContext context, DecideContactCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        long? childId = await db.Contacts.Where(c => c.Id == command.ContactId).Select(c => (long?)c.ChildId).FirstOrDefaultAsync(cancellationToken);
        if (childId is null)
        {
            return Recorded.NotFound;
        }

        if (await context.RefusalForChildAsync(db, childId.Value, cancellationToken) is { } refused)
        {
            return refused;
        }

        Contact contact = await db.Contacts.FirstAsync(c => c.Id == command.ContactId, cancellationToken);
        if (contact.Outcome is not null)
        {
            return Recorded.Invalid(nameof(command.Outcome), AlreadyDecided);
        }

        var problems = new FieldProblems();
        if (problems.NotInFuture(command.DecidedOn, context.Today, nameof(command.DecidedOn), "the date of the decision"))
        {
            if (command.DecidedAt < contact.ReceivedAt)
            {
                problems.Add(nameof(command.DecidedOn), $"The decision must be on or after the contact came in ({FieldProblems.Show(DateOnly.FromDateTime(contact.ReceivedAt))} at {contact.ReceivedAt.ToString("HH:mm", CultureInfo.InvariantCulture)})");
            }
            else
            {
                problems.NotInFuture(command.DecidedAt, context.Now, nameof(command.DecidedTime), "the time of the decision");
            }
        }

        if (string.IsNullOrWhiteSpace(command.Rationale))
        {
            problems.Add(nameof(command.Rationale), "Enter the rationale for the decision");
        }
        else
        {
            problems.Length(command.Rationale, nameof(command.Rationale), "the rationale for the decision", MinimumRationaleLength, MaximumRationaleLength);
        }

        if (command.Outcome == ContactOutcome.Referral)
        {
            DateOnly referralDay = command.DecidedOn;
            DateOnly? open = await db.CinEpisodes.Where(e => e.ChildId == contact.ChildId && e.ReferralDate <= referralDay && (e.ClosureDate == null || e.ClosureDate >= referralDay))
                .Select(e => (DateOnly?)e.ReferralDate).FirstOrDefaultAsync(cancellationToken);
            if (open is { } since)
            {
                problems.Add(nameof(command.Outcome), $"The child is already open to children's social care (referral of {FieldProblems.Show(since)}): pass the contact to the allocated worker and record no further action at the front door");
            }
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        if (!db.IsAsSeen(contact, command.Version))
        {
            return Recorded.Conflict(nameof(command.Outcome));
        }

        contact.BragFinal = command.Brag;
        contact.DecisionAt = command.DecidedAt;
        contact.Outcome = command.Outcome;
        contact.DecisionRationale = command.Rationale;
        contact.DecidedById = context.WorkerId;
        if (command.Outcome == ContactOutcome.Referral)
        {
            contact.CinEpisode = new CinEpisode { ChildId = contact.ChildId, ReferralDate = command.DecidedOn, ReferralSource = contact.Source };
        }
        else if (command.Outcome == ContactOutcome.EarlyHelp)
        {
            db.EarlyHelpEpisodes.Add(new EarlyHelpEpisode { ChildId = contact.ChildId, StartDate = command.DecidedOn });
        }

        return await context.SaveAsync(db, contact, nameof(command.Outcome), cancellationToken);
    }

    /// <summary>The working day by whose end the decision on a contact that came in then is due.</summary>
    public static DateOnly DueBy(DateTime receivedAt, StatutoryTimescales timescales, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(DateOnly.FromDateTime(receivedAt), timescales.ContactDecisionWorkingDays);
    }

    /// <summary>"one working day", "2 working days": the decision's timescale in words.</summary>
    public static string WorkingDays(int days) =>
        days == 1 ? "one working day" : days.ToString(CultureInfo.InvariantCulture) + " working days";
}

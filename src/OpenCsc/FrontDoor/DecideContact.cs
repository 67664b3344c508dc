using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.FrontDoor;

/// <summary>A threshold decision as the form sends it: every field as typed, and the version of the contact shown.</summary>
public sealed record ContactDecisionForm(string? Brag, string? Day, string? Month, string? Year, string? Time, string? Outcome, string? Rationale, string? Version)
{
    public static ContactDecisionForm Empty { get; } = new(null, null, null, null, null, null, null, null);
}

/// <summary>
/// The MASH's threshold decision on a contact: the final BRAG rating, when it was decided (due within one working day
/// of the contact), the outcome — no further action, early help, or a referral to children's social care — and the
/// rationale, without which there is no decision. A referral opens the child's CIN episode (the referral date is the
/// day of the decision; its source is the contact's); early help opens an early help episode. A contact is decided
/// once: a decision made by someone else after the form was opened is not overwritten (<see cref="EditConflicts"/>).
/// </summary>
public static class DecideContact
{
    public const int MinimumRationaleLength = 20;
    public const int MaximumRationaleLength = 4000;

    public static async Task<(bool Saved, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long contactId, long? deciderWorkerId, ContactDecisionForm form, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        Contact contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken)
            ?? throw new InvalidOperationException("No such contact.");
        if (contact.Outcome is not null)
        {
            return (false, [new("outcome", "A decision has already been recorded on this contact: nothing you entered was saved")]);
        }

        var problems = new List<FieldProblem>();
        Brag? brag = FormFields.Choice<Brag>(form.Brag, "brag", "Select the final BRAG rating", problems);
        DateOnly today = DateOnly.FromDateTime(now);
        DateOnly? day = FormFields.PastDate(form.Day, form.Month, form.Year, "decided-day", "the date of the decision", required: true, today, problems);
        TimeOnly? time = FormFields.Time(form.Time, "decided-time", "the time of the decision", required: true, problems);
        DateTime? decidedAt = day is { } d && time is { } t ? d.ToDateTime(t) : null;
        if (decidedAt is { } at)
        {
            if (at < contact.ReceivedAt)
            {
                problems.Add(new("decided-day", $"The decision must be on or after the contact came in ({FormFields.Show(DateOnly.FromDateTime(contact.ReceivedAt))} at {contact.ReceivedAt:HH:mm})"));
            }
            else if (at > now)
            {
                problems.Add(new("decided-time", "The time of the decision must be now or in the past"));
            }
        }

        ContactOutcome? outcome = FormFields.Choice<ContactOutcome>(form.Outcome, "outcome", "Select the decision: no further action, early help or referral", problems);
        string? rationale = FormFields.Text(form.Rationale, "rationale", "the rationale for the decision", required: true, MinimumRationaleLength, MaximumRationaleLength, problems);
        if (outcome == ContactOutcome.Referral && day is { } referralDay)
        {
            DateOnly? open = await db.CinEpisodes.Where(e => e.ChildId == contact.ChildId && e.ReferralDate <= referralDay && (e.ClosureDate == null || e.ClosureDate >= referralDay))
                .Select(e => (DateOnly?)e.ReferralDate).FirstOrDefaultAsync(cancellationToken);
            if (open is { } since)
            {
                problems.Add(new("outcome", $"The child is already open to children's social care (referral of {FormFields.Show(since)}): pass the contact to the allocated worker and record no further action at the front door"));
            }
        }

        if (problems.Count > 0)
        {
            return (false, problems);
        }

        if (!db.IsAsSeen(contact, form.Version))
        {
            return (false, [new("outcome", EditConflicts.Message)]);
        }

        contact.BragFinal = brag;
        contact.DecisionAt = decidedAt;
        contact.Outcome = outcome;
        contact.DecisionRationale = rationale;
        contact.DecidedById = deciderWorkerId;
        if (outcome == ContactOutcome.Referral)
        {
            contact.CinEpisode = new CinEpisode { ChildId = contact.ChildId, ReferralDate = day!.Value, ReferralSource = contact.Source };
        }
        else if (outcome == ContactOutcome.EarlyHelp)
        {
            db.EarlyHelpEpisodes.Add(new EarlyHelpEpisode { ChildId = contact.ChildId, StartDate = day!.Value });
        }

        return await db.TrySaveAsync(cancellationToken) ? (true, []) : (false, [new("outcome", EditConflicts.Message)]);
    }
}

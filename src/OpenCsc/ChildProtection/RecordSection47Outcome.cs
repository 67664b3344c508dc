using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>
/// The outcome of a section 47 enquiry to record: the child, the enquiry, whether an initial conference was held, the
/// day (of the conference, or the enquiry concluded), the outcome, the category of abuse for a protection plan, and the
/// version of the enquiry the form showed.
/// </summary>
public sealed record RecordSection47OutcomeCommand(long ChildId, long EnquiryId, bool ConferenceHeld, DateOnly Date, Section47Outcome Outcome, string? Category, int? Version);

/// <summary>What recording the outcome did: the plan it started, and the child in need plan a protection plan ended.</summary>
public sealed record Section47Concluded(Section47Outcome Outcome, DateOnly On, ChildProtectionPlan? CpPlan, CinPlan? StartedCinPlan, CinPlan? EndedCinPlan);

/// <summary>
/// Records how a section 47 enquiry concluded. Either an initial child protection conference was held, on a weekday on
/// or after the enquiry started (CIN census 8615, 8875), and decided a child protection plan (with its category of
/// abuse: the plan starts that day, 2885, ending any child in need plan that day, 4001), a child in need plan, or no
/// further action; or no conference was required, and the enquiry concluded with a child in need plan or no further
/// action. A child in need plan starts that day unless one is open already. The outcome is recorded once: the command
/// carries the enquiry's version, and a form opened before someone else recorded it saves nothing.
/// </summary>
public static class RecordSection47Outcome
{
    public const string Held = "held";
    public const string NotRequired = "not-required";

    /// <summary>What the day is, for messages: the conference's, or (none required) the day the enquiry concluded.</summary>
    public static string DateIs(bool? conferenceHeld) =>
        conferenceHeld == false ? "the date the enquiry concluded" : "the date of the initial child protection conference";

    public static async Task<RecordingResult<Section47Concluded>> RunAsync(AppDbContext db, RecordingContext context, RecordSection47OutcomeCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        long childId = command.ChildId;
        await using RecordEdit<Section47Enquiry> edit = await context.EditAsync(db, db.Section47Enquiries.Include(s => s.CinEpisode), childId, command.EnquiryId, command.Version, nameof(command.EnquiryId), lockChild: true, cancellationToken);
        if (edit.Failure is { } failed)
        {
            return failed;
        }

        Section47Enquiry enquiry = edit.Record;

        if (enquiry.Outcome is not null || enquiry.DateOfInitialCpc is not null || enquiry.IcpcNotRequired)
        {
            return Recorded.Invalid(nameof(command.EnquiryId), "The outcome of this enquiry is already recorded");
        }

        var problems = new FieldProblems();
        bool held = command.ConferenceHeld;
        string what = DateIs(held);
        DateOnly day = command.Date;
        if (problems.NotInFuture(day, context.Today, nameof(command.Date), what))
        {
            if (day < enquiry.StartDate)
            {
                problems.Add(nameof(command.Date), $"{FieldProblems.Capitalised(what)} must be on or after the enquiry started ({FieldProblems.Show(enquiry.StartDate)})");
            }
            else if (enquiry.CinEpisode!.ClosureDate is { } closed && day > closed)
            {
                problems.Add(nameof(command.Date), $"The child in need episode closed on {FieldProblems.Show(closed)}: {what} must be on or before then");
            }
            else if (held && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                problems.Add(nameof(command.Date), "An initial child protection conference is not held on a Saturday or Sunday: check the date");
            }
        }

        bool dateStands = !problems.Has(nameof(command.Date));
        Section47Outcome outcome = command.Outcome;
        if (outcome == Section47Outcome.ChildProtectionPlan)
        {
            if (!held)
            {
                problems.Add(nameof(command.Outcome), "A child protection plan is decided at an initial child protection conference: select that one was held, or another outcome");
            }

            if (!CategoriesOfAbuse.Codes.Entries.Any(e => e.Code == command.Category))
            {
                problems.Add(nameof(command.Category), "Select the category of abuse");
            }
        }

        CinPlan? openCin = null;
        if (dateStands)
        {
            openCin = await PlanRules.CinPlanOpenFromAsync(db, childId, day, cancellationToken);
            if (outcome == Section47Outcome.ChildProtectionPlan)
            {
                if (await PlanRules.CpPlanOpenFromAsync(db, childId, day, cancellationToken) is { } cp)
                {
                    problems.Add(nameof(command.Outcome), $"The child is already on a child protection plan from {FieldProblems.Show(cp.StartDate)}: end it before another starts");
                }
                else if (openCin is not null && openCin.StartDate > day)
                {
                    problems.Add(nameof(command.Outcome), $"The child has a child in need plan from {FieldProblems.Show(openCin.StartDate)}, after this date: a child protection plan cannot run alongside it");
                }
            }
            else if (outcome == Section47Outcome.ChildInNeedPlan && await PlanRules.CinPlanBlockedByCpPlanAsync(db, childId, day, cancellationToken) is { } blocked)
            {
                problems.Add(nameof(command.Outcome), blocked);
            }
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        enquiry.Outcome = outcome;
        enquiry.DateOfInitialCpc = held ? day : null;
        enquiry.IcpcNotRequired = !held;
        ChildProtectionPlan? plan = null;
        CinPlan? started = null, ended = null;
        switch (outcome)
        {
            case Section47Outcome.ChildProtectionPlan:
                int previous = await db.ChildProtectionPlans.CountAsync(p => p.ChildId == childId && p.StartDate < day, cancellationToken);
                plan = new ChildProtectionPlan
                {
                    CinEpisodeId = enquiry.CinEpisodeId,
                    ChildId = childId,
                    StartDate = day,
                    InitialCategory = command.Category!,
                    LatestCategory = command.Category!,
                    NumberOfPreviousPlans = previous,
                };
                db.ChildProtectionPlans.Add(plan);
                if (openCin is not null)
                {
                    openCin.EndDate = day;
                    openCin.EndReason = EndCinPlan.CpPlanStarted;
                    ended = openCin;
                }

                break;
            case Section47Outcome.ChildInNeedPlan when openCin is null:
                started = new CinPlan { CinEpisodeId = enquiry.CinEpisodeId, ChildId = childId, StartDate = day };
                db.CinPlans.Add(started);
                break;
            case Section47Outcome.ChildInNeedPlan:
            case Section47Outcome.NoFurtherAction:
                break;
        }

        return await edit.SaveAsync(db, new Section47Concluded(outcome, day, plan, started, ended), nameof(command.EnquiryId), cancellationToken);
    }
}

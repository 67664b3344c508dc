using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>The outcome of a section 47 enquiry as the form sends it, with the version of the enquiry the form showed.</summary>
public sealed record Section47OutcomeForm(string? Conference, string? Day, string? Month, string? Year, string? Outcome, string? Category, string? Version);

/// <summary>What recording the outcome did: the plan it started, and the child in need plan a protection plan ended.</summary>
public sealed record Section47Concluded(Section47Outcome Outcome, DateOnly On, ChildProtectionPlan? CpPlan, CinPlan? StartedCinPlan, CinPlan? EndedCinPlan);

/// <summary>
/// Records how a section 47 enquiry concluded. Either an initial child protection conference was held, on a weekday on
/// or after the enquiry started (CIN census 8615, 8875), and decided a child protection plan (with its category of
/// abuse: the plan starts that day, 2885, ending any child in need plan that day, 4001), a child in need plan, or no
/// further action; or no conference was required, and the enquiry concluded with a child in need plan or no further
/// action. A child in need plan starts that day unless one is open already. The outcome is recorded once: the form
/// carries the enquiry's version, and a form opened before someone else recorded it saves nothing.
/// </summary>
public static class RecordSection47Outcome
{
    public const string Held = "held";
    public const string NotRequired = "not-required";

    public static async Task<(Section47Concluded? Concluded, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long enquiryId, Section47OutcomeForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        long childId = await db.Section47Enquiries.Where(s => s.Id == enquiryId).Select(s => (long?)s.ChildId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("No such section 47 enquiry.");
        await using var transaction = await PlanRules.BeginForChildAsync(db, childId, cancellationToken);
        Section47Enquiry enquiry = await db.Section47Enquiries.Include(s => s.CinEpisode).FirstAsync(s => s.Id == enquiryId, cancellationToken);
        if (!db.IsAsSeen(enquiry, form.Version))
        {
            return (null, [new("current", EditConflicts.Message)]);
        }

        if (enquiry.Outcome is not null || enquiry.DateOfInitialCpc is not null || enquiry.IcpcNotRequired)
        {
            return (null, [new("current", "The outcome of this enquiry is already recorded")]);
        }

        bool? held = form.Conference switch
        {
            Held => true,
            NotRequired => false,
            _ => null,
        };
        if (held is null)
        {
            problems.Add(new("conference", "Select whether an initial child protection conference was held"));
        }

        string what = held == false ? "the date the enquiry concluded" : "the date of the initial child protection conference";
        DateOnly? on = FormFields.PastDate(form.Day, form.Month, form.Year, "date-day", what, required: true, today, problems);
        if (on is { } day)
        {
            if (day < enquiry.StartDate)
            {
                problems.Add(new("date-day", $"{Capital(what)} must be on or after the enquiry started ({FormFields.Show(enquiry.StartDate)})"));
                on = null;
            }
            else if (enquiry.CinEpisode!.ClosureDate is { } closed && day > closed)
            {
                problems.Add(new("date-day", $"The child in need episode closed on {FormFields.Show(closed)}: {what} must be on or before then"));
                on = null;
            }
            else if (held == true && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                problems.Add(new("date-day", "An initial child protection conference is not held on a Saturday or Sunday: check the date"));
                on = null;
            }
        }

        Section47Outcome? outcome = FormFields.Choice<Section47Outcome>(form.Outcome, "outcome", "Select the outcome", problems);
        string? category = null;
        if (outcome == Section47Outcome.ChildProtectionPlan)
        {
            if (held == false)
            {
                problems.Add(new("outcome", "A child protection plan is decided at an initial child protection conference: select that one was held, or another outcome"));
            }

            category = FormFields.Code(form.Category, CategoriesOfAbuse.Codes.Entries.Select(e => e.Code).ToList(), "category", "Select the category of abuse", problems);
        }

        CinPlan? openCin = null;
        if (on is { } date && outcome is { } decided && held is not null)
        {
            openCin = await PlanRules.CinPlanOpenFromAsync(db, childId, date, cancellationToken);
            if (decided == Section47Outcome.ChildProtectionPlan)
            {
                if (await PlanRules.CpPlanOpenFromAsync(db, childId, date, cancellationToken) is { } cp)
                {
                    problems.Add(new("outcome", $"The child is already on a child protection plan from {FormFields.Show(cp.StartDate)}: end it before another starts"));
                }
                else if (openCin is not null && openCin.StartDate > date)
                {
                    problems.Add(new("outcome", $"The child has a child in need plan from {FormFields.Show(openCin.StartDate)}, after this date: a child protection plan cannot run alongside it"));
                }
            }
            else if (decided == Section47Outcome.ChildInNeedPlan && await PlanRules.CinPlanBlockedByCpPlanAsync(db, childId, date, cancellationToken) is { } blocked)
            {
                problems.Add(new("outcome", blocked));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        DateOnly concluded = on!.Value;
        enquiry.Outcome = outcome!.Value;
        enquiry.DateOfInitialCpc = held == true ? concluded : null;
        enquiry.IcpcNotRequired = held == false;
        ChildProtectionPlan? plan = null;
        CinPlan? started = null, ended = null;
        switch (outcome.Value)
        {
            case Section47Outcome.ChildProtectionPlan:
                int previous = await db.ChildProtectionPlans.CountAsync(p => p.ChildId == childId && p.StartDate < concluded, cancellationToken);
                plan = new ChildProtectionPlan
                {
                    CinEpisodeId = enquiry.CinEpisodeId,
                    ChildId = childId,
                    StartDate = concluded,
                    InitialCategory = category!,
                    LatestCategory = category!,
                    NumberOfPreviousPlans = previous,
                };
                db.ChildProtectionPlans.Add(plan);
                if (openCin is not null)
                {
                    openCin.EndDate = concluded;
                    openCin.EndReason = EndCinPlan.CpPlanStarted;
                    ended = openCin;
                }

                break;
            case Section47Outcome.ChildInNeedPlan when openCin is null:
                started = new CinPlan { CinEpisodeId = enquiry.CinEpisodeId, ChildId = childId, StartDate = concluded };
                db.CinPlans.Add(started);
                break;
            case Section47Outcome.ChildInNeedPlan:
            case Section47Outcome.NoFurtherAction:
                break;
        }

        if (!await db.TrySaveAsync(cancellationToken))
        {
            return (null, [new("current", EditConflicts.Message)]);
        }

        await transaction.CommitAsync(cancellationToken);
        return (new Section47Concluded(outcome.Value, concluded, plan, started, ended), []);
    }

    private static string Capital(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}

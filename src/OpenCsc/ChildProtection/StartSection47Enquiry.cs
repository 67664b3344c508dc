using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>A section 47 enquiry as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record Section47Form(string? Day, string? Month, string? Year, string? Strategy);

/// <summary>A strategy discussion that decided on a section 47 enquiry none yet follows.</summary>
public sealed record DecidingDiscussion(long Id, DateOnly Date);

/// <summary>
/// Starts a section 47 enquiry: the day, on the child in need episode open then, following the strategy discussion that
/// decided on it when one is recorded (its initial conference is due 15 working days after that discussion, or after
/// the enquiry's start when there is none). An episode has one enquiry under way at a time (CIN census 8890).
/// </summary>
public static class StartSection47Enquiry
{
    /// <summary>The form's answer when the enquiry follows no recorded strategy discussion.</summary>
    public const string NoDiscussion = "none";

    /// <summary>The child's strategy discussions that decided on a section 47 enquiry and have none yet, newest first.</summary>
    public static Task<List<DecidingDiscussion>> DecidingDiscussionsAsync(AppDbContext db, long childId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StrategyDiscussions
            .Where(d => d.ChildId == childId && d.Decision == StrategyDecision.Section47Enquiry && !db.Section47Enquiries.Any(s => s.StrategyDiscussionId == d.Id))
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new DecidingDiscussion(d.Id, d.Date))
            .ToListAsync(cancellationToken);
    }

    public static async Task<(Section47Enquiry? Enquiry, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long childId, Section47Form form, DateOnly today, WorkingDayCalendar? calendar = null, IndicatorSettings? standards = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        DateOnly? start = FormFields.PastDate(form.Day, form.Month, form.Year, "start-day", "the date the enquiry started", required: true, today, problems);

        await using var transaction = await PlanRules.BeginForChildAsync(db, childId, cancellationToken);
        List<DecidingDiscussion> deciding = await DecidingDiscussionsAsync(db, childId, cancellationToken);
        DecidingDiscussion? discussion = null;
        string? strategyProblem = null;
        if (deciding.Count > 0 && form.Strategy != NoDiscussion)
        {
            discussion = long.TryParse(form.Strategy, NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? deciding.FirstOrDefault(d => d.Id == id) : null;
            if (discussion is null)
            {
                strategyProblem = "Select the strategy discussion that decided on the enquiry";
            }
        }

        long? episode = null;
        if (start is { } on)
        {
            episode = await PlanRules.EpisodeOpenOnAsync(db, childId, on, cancellationToken);
            DateOnly? ongoing = episode is null ? null : await db.Section47Enquiries
                .Where(s => s.CinEpisodeId == episode && s.DateOfInitialCpc == null && !s.IcpcNotRequired && s.Outcome == null)
                .Select(s => (DateOnly?)s.StartDate).FirstOrDefaultAsync(cancellationToken);
            if (episode is null)
            {
                problems.Add(new("start-day", "The child has no child in need episode open on that date: record the referral first"));
            }
            else if (ongoing is { } since)
            {
                problems.Add(new("start-day", $"The child has a section 47 enquiry from {FormFields.Show(since)} with no outcome recorded: record its outcome before starting another"));
            }
            else if (discussion is not null && discussion.Date > on)
            {
                problems.Add(new("start-day", $"The date the enquiry started must be on or after the strategy discussion that decided on it ({FormFields.Show(discussion.Date)})"));
            }
        }

        if (strategyProblem is not null)
        {
            problems.Add(new("strategy", strategyProblem));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        DateOnly from = discussion?.Date ?? start!.Value;
        var enquiry = new Section47Enquiry
        {
            CinEpisodeId = episode!.Value,
            ChildId = childId,
            StrategyDiscussionId = discussion?.Id,
            StartDate = start!.Value,
            InitialCpcTarget = (calendar ?? WorkingDayCalendar.EnglandAndWales()).AddWorkingDays(from, (standards ?? IndicatorSettings.Default).Timescales.IcpcWorkingDays),
        };
        db.Section47Enquiries.Add(enquiry);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (enquiry, []);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// Record the return home interview after a missing episode, from the interview's line in what is due on the child's
/// page: practitioners, for a child in their scope.
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordReturnHomeInterviewModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts, StatutoryTimescales timescales) : RecordingPageModel
{
    /// <summary>The "accepted" radios' values.</summary>
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>The heading of the episode as it is now (where a conflict links), and the notice that the child is not back.</summary>
    public const string CurrentId = "current";
    public const string NotBackId = "not-back";

    public long EpisodeId { get; private set; }

    /// <summary>The missing episode as it is now.</summary>
    public MissingEpisode Episode { get; private set; } = null!;

    /// <summary>The workers in post, one of whom offered or did the interview.</summary>
    public IReadOnlyList<(string Value, string Text)> Workers { get; private set; } = [];

    /// <summary>The version of the episode the form carries: what the user is deciding on.</summary>
    public string? Version { get; private set; }

    /// <summary>Within how many hours of the return the interview is offered.</summary>
    public string ReturnHomeInterviewHours { get; } = timescales.ReturnHomeInterviewHours.ToString(CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(long id, long episode, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, episode, cancellationToken) is { } refused)
        {
            return refused;
        }

        Version = EditConflicts.VersionOf(Episode);
        Offer(AsRecorded(Episode, staff.User?.WorkerId));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long episode, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, episode, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        Version = form.Raw("version");
        form.Link(nameof(RecordReturnHomeInterviewCommand.Version), CurrentId);
        form.Link(nameof(RecordReturnHomeInterviewCommand.EpisodeId), NotBackId);
        DateOnly? offeredDate = form.Date(
            nameof(RecordReturnHomeInterviewCommand.OfferedDate), "offered", "the date " + RecordReturnHomeInterview.Offered, required: true, "offeredDay", "offeredMonth", "offeredYear");
        TimeOnly? offeredTime = form.Time(nameof(RecordReturnHomeInterviewCommand.OfferedTime), "offeredTime", "the time " + RecordReturnHomeInterview.Offered, required: true, id: "offered-time");
        NotInFuture(form, offeredDate, offeredTime, nameof(RecordReturnHomeInterviewCommand.OfferedDate), RecordReturnHomeInterview.Offered, context.Now);
        bool? accepted = form.YesNo(nameof(RecordReturnHomeInterviewCommand.Accepted), "accepted", "Select whether the child accepted the interview");
        DateOnly? completedDate = form.Date(
            nameof(RecordReturnHomeInterviewCommand.CompletedDate), "completed", "the date " + RecordReturnHomeInterview.Completed,
            required: !string.IsNullOrWhiteSpace(form.Raw("completedTime")), "completedDay", "completedMonth", "completedYear");
        TimeOnly? completedTime = form.Time(
            nameof(RecordReturnHomeInterviewCommand.CompletedTime), "completedTime", "the time " + RecordReturnHomeInterview.Completed, required: completedDate is not null, id: "completed-time");
        NotInFuture(form, completedDate, completedTime, nameof(RecordReturnHomeInterviewCommand.CompletedDate), RecordReturnHomeInterview.Completed, context.Now);

        // Whether one was chosen is the use case's to say, with the rules that need the record.
        long? worker = form.Id(nameof(RecordReturnHomeInterviewCommand.WorkerId), "worker", RecordReturnHomeInterview.WorkerMessage, required: false);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new RecordReturnHomeInterviewCommand(id, episode, form.Version(), offeredDate!.Value, offeredTime!.Value, accepted!.Value, completedDate, completedTime, worker);
        var result = await RecordReturnHomeInterview.RunAsync(db, context, command, cancellationToken);
        IActionResult shown = Show(
            result,
            form,
            m => m.RhiAccepted == false ? "Return home interview recorded: offered and declined."
                : m.RhiCompletedAt is null ? "Return home interview recorded: offered and accepted, not yet done." : "Return home interview recorded: done.",
            _ => ChildUrl);
        if (IsConflict && await OpenAsync(id, episode, cancellationToken) is null)
        {
            // Show the interview as it is now, and carry its version: saving again is a decision on what is there now.
            Version = EditConflicts.VersionOf(Episode);
        }

        return shown;
    }

    /// <summary>A day and time typed must be now or earlier (the use case says so too; here it shows with the other problems).</summary>
    private static void NotInFuture(FormReader form, DateOnly? date, TimeOnly? time, string field, string what, DateTime now)
    {
        if (date is { } d && time is { } t && d.ToDateTime(t) > now)
        {
            form.Problem(field, RecordReturnHomeInterview.InFuture(what));
        }
    }

    /// <summary>The form filled with what is recorded already (an interview offered may be done later), else the recorder as the worker.</summary>
    private static Dictionary<string, string?> AsRecorded(MissingEpisode m, long? me)
    {
        static string? D(DateTime? t, string format) => t?.ToString(format, CultureInfo.InvariantCulture);
        return new Dictionary<string, string?>
        {
            ["offeredDay"] = D(m.RhiOfferedAt, "%d"),
            ["offeredMonth"] = D(m.RhiOfferedAt, "%M"),
            ["offeredYear"] = D(m.RhiOfferedAt, "yyyy"),
            ["offeredTime"] = D(m.RhiOfferedAt, "HH:mm"),
            ["accepted"] = m.RhiAccepted switch { true => Yes, false => No, null => null },
            ["completedDay"] = D(m.RhiCompletedAt, "%d"),
            ["completedMonth"] = D(m.RhiCompletedAt, "%M"),
            ["completedYear"] = D(m.RhiCompletedAt, "yyyy"),
            ["completedTime"] = D(m.RhiCompletedAt, "HH:mm"),
            ["worker"] = (m.RhiWorkerId ?? me)?.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Need-to-know first (nothing of the record is read for a child out of scope), then the episode (404 when not the child's) and the workers.</summary>
    private async Task<IActionResult?> OpenAsync(long id, long episode, CancellationToken cancellationToken)
    {
        EpisodeId = episode;
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        MissingEpisode? found = await db.MissingEpisodes.AsNoTracking().FirstOrDefaultAsync(m => m.Id == episode && m.ChildId == id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Episode = found;
        DateOnly today = clock.Today();
        var workers = await db.Workers.AsNoTracking().Where(w => w.StartDate <= today && (w.EndDate == null || w.EndDate >= today) || w.Id == found.RhiWorkerId)
            .OrderBy(w => w.LastName).ThenBy(w => w.FirstName).Select(w => new { w.Id, w.FirstName, w.LastName }).ToListAsync(cancellationToken);
        Workers = [.. workers.Select(w => (w.Id.ToString(CultureInfo.InvariantCulture), w.FirstName + " " + w.LastName))];
        return null;
    }
}

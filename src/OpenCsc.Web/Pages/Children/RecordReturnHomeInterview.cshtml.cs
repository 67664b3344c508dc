using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// Record the return home interview after a missing episode, from the interview's line in what is due on the child's
/// page: practitioners, for a child in their scope.
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordReturnHomeInterviewModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public long EpisodeId { get; private set; }

    public string ChildName { get; private set; } = "";

    /// <summary>The missing episode as it is now.</summary>
    public MissingEpisode Episode { get; private set; } = null!;

    /// <summary>The workers in post, one of whom offered or did the interview.</summary>
    public IReadOnlyList<(string Value, string Text)> Workers { get; private set; } = [];

    public ReturnHomeInterviewForm Form { get; private set; } = new(null, null, null, null, null, null, null, null, null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, long episode, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, episode, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = AsRecorded(Episode, staff.User?.WorkerId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        long id, long episode, string? version, string? offeredDay, string? offeredMonth, string? offeredYear, string? offeredTime, string? accepted,
        string? completedDay, string? completedMonth, string? completedYear, string? completedTime, string? worker, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, episode, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new ReturnHomeInterviewForm(version, offeredDay, offeredMonth, offeredYear, offeredTime, accepted, completedDay, completedMonth, completedYear, completedTime, worker);
        var (saved, problems) = await RecordReturnHomeInterview.RunAsync(db, id, episode, Form, clock.GetLocalNow().DateTime, cancellationToken);
        if (!saved)
        {
            Errors = [.. problems.Select(p => new FieldError(p.Field, p.Message))];
            if (problems.Any(p => p.Field == RecordReturnHomeInterview.Current))
            {
                // Show the interview as it is now, and carry its version: saving again is a decision on what is there now.
                await LoadAsync(id, episode, cancellationToken);
                Form = Form with { Version = EditConflicts.VersionOf(Episode) };
            }

            return Page();
        }

        Saved = accepted == RecordReturnHomeInterview.No
            ? "Return home interview recorded: offered and declined."
            : string.IsNullOrWhiteSpace(completedDay) ? "Return home interview recorded: offered and accepted, not yet done." : "Return home interview recorded: done.";
        return Redirect("/children/" + id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The form filled with what is recorded already (an interview offered may be done later), else the recorder as the worker.</summary>
    private static ReturnHomeInterviewForm AsRecorded(MissingEpisode m, long? me)
    {
        static string? D(DateTime? t, string format) => t?.ToString(format, CultureInfo.InvariantCulture);
        return new ReturnHomeInterviewForm(
            EditConflicts.VersionOf(m),
            D(m.RhiOfferedAt, "%d"), D(m.RhiOfferedAt, "%M"), D(m.RhiOfferedAt, "yyyy"), D(m.RhiOfferedAt, "HH:mm"),
            m.RhiAccepted switch { true => RecordReturnHomeInterview.Yes, false => RecordReturnHomeInterview.No, null => null },
            D(m.RhiCompletedAt, "%d"), D(m.RhiCompletedAt, "%M"), D(m.RhiCompletedAt, "yyyy"), D(m.RhiCompletedAt, "HH:mm"),
            (m.RhiWorkerId ?? me)?.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<IActionResult?> LoadAsync(long id, long episode, CancellationToken cancellationToken)
    {
        ChildId = id;
        EpisodeId = episode;
        // Need-to-know first: nothing of the record is read for a child out of scope.
        if (await staff.RefusalForChildAsync(db, id, cancellationToken) is int refused)
        {
            return StatusCode(refused);
        }

        MissingEpisode? found = await db.MissingEpisodes.AsNoTracking().FirstOrDefaultAsync(m => m.Id == episode && m.ChildId == id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Episode = found;
        ChildName = await db.Children.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var workers = await db.Workers.AsNoTracking().Where(w => w.StartDate <= today && (w.EndDate == null || w.EndDate >= today) || w.Id == found.RhiWorkerId)
            .OrderBy(w => w.LastName).ThenBy(w => w.FirstName).Select(w => new { w.Id, w.FirstName, w.LastName }).ToListAsync(cancellationToken);
        Workers = [.. workers.Select(w => (w.Id.ToString(CultureInfo.InvariantCulture), w.FirstName + " " + w.LastName))];
        return null;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// Record a looked-after child's review: practitioners, and the independent reviewing officers who chair the reviews
/// (the recording policy includes them), for a child in their scope.
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordLacReviewModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    /// <summary>The IROs in post, who may have chaired the review.</summary>
    public IReadOnlyList<(string Value, string Text)> Iros { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadIrosAsync(cancellationToken);

        // The chair is most often the person recording, else the child's allocated IRO.
        DateOnly today = clock.Today();
        string? me = staff.User?.WorkerId?.ToString(CultureInfo.InvariantCulture);
        string? allocated = (await db.IroAllocations.AsNoTracking()
            .Where(a => a.ChildId == id && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .OrderByDescending(a => a.StartDate).Select(a => (long?)a.IroId).FirstOrDefaultAsync(cancellationToken))?.ToString(CultureInfo.InvariantCulture);
        string? chair = Iros.Any(i => i.Value == me) ? me : Iros.Any(i => i.Value == allocated) ? allocated : null;
        Offer(new Dictionary<string, string?> { ["iro"] = chair });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadIrosAsync(cancellationToken);
        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        DateOnly? date = form.Date(nameof(RecordLacReviewCommand.Date), "date", "the date of the review", required: true, notAfter: context.Today);
        string? code = form.Code(nameof(RecordLacReviewCommand.ParticipationCode), "participation", Ssda903Codes.ReviewCode.Codes, RecordLacReview.ParticipationMessage);

        // Whether one was chosen is the use case's to say, with the rules that need the record.
        long? iro = form.Id(nameof(RecordLacReviewCommand.IroId), "iro", RecordLacReview.IroMessage, required: false);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        return await SaveOnceAsync(db, context, () => RecordLacReview.RunAsync(db, context, new RecordLacReviewCommand(id, date!.Value, code!, iro), cancellationToken), form,
            review => $"Looked-after review on {Formatting.Date(review.Date)} recorded: {ParticipationCodes.Codes.Describe(review.ParticipationCode)}.",
            _ => ChildUrl, cancellationToken);
    }

    private async Task LoadIrosAsync(CancellationToken cancellationToken)
    {
        var iros = await RecordLacReview.Iros(db, clock.Today()).AsNoTracking().OrderBy(w => w.LastName).ThenBy(w => w.FirstName)
            .Select(w => new { w.Id, w.FirstName, w.LastName }).ToListAsync(cancellationToken);
        Iros = [.. iros.Select(w => (w.Id.ToString(CultureInfo.InvariantCulture), w.FirstName + " " + w.LastName))];
    }
}

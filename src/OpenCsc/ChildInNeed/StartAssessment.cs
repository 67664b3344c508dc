using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildInNeed;

/// <summary>A new assessment as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record StartAssessmentForm(string? Day, string? Month, string? Year, string? SeenDay, string? SeenMonth, string? SeenYear, IReadOnlyList<string> Factors)
{
    public static StartAssessmentForm Empty { get; } = new(null, null, null, null, null, null, []);
}

/// <summary>
/// A worker starts a child and family assessment on the child's open referral: the start date (the 45 working days
/// count from it), the day the child was seen if already, and the factors identified so far (CIN census codes; more
/// can be added as the assessment goes on, and the manager authorises the outcome). One assessment at a time: a second
/// is refused while one on the episode waits for authorisation. The assessment is the worker's: the child's allocated
/// worker on the start date, or whoever records it.
/// </summary>
public static class StartAssessment
{
    public static async Task<(Assessment? Assessment, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long childId, long? recorderWorkerId, StartAssessmentForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        DateOnly? start = FormFields.PastDate(form.Day, form.Month, form.Year, "start-day", "the date the assessment started", required: true, today, problems);
        DateOnly? seen = FormFields.PastDate(form.SeenDay, form.SeenMonth, form.SeenYear, "seen-day", "the date the child was seen", required: false, today, problems);
        if (seen is { } s && start is { } st && s < st)
        {
            problems.Add(new("seen-day", "The date the child was seen must be on or after the assessment started"));
        }

        string[] factors = [.. form.Factors.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct(StringComparer.Ordinal)];
        if (factors.Any(f => !AssessmentFactors.Current.Any(c => c.Code == f)))
        {
            problems.Add(new("factors", "Select factors from the list"));
        }
        else if (factors.Contains("21") && factors.Length > 1)
        {
            problems.Add(new("factors", "\"No factors identified\" cannot be selected with other factors"));
        }

        CinEpisode? episode = null;
        if (start is { } on)
        {
            episode = await db.CinEpisodes.Where(e => e.ChildId == childId && e.ReferralDate <= on && (e.ClosureDate == null || e.ClosureDate >= on))
                .OrderByDescending(e => e.ReferralDate).FirstOrDefaultAsync(cancellationToken);
            if (episode is null)
            {
                problems.Add(new("start-day", "The child has no open referral on that date: an assessment starts from a referral, recorded at the front door"));
            }
            else if (await db.Assessments.AnyAsync(a => a.CinEpisodeId == episode.Id && a.AuthorisationDate == null, cancellationToken))
            {
                problems.Add(new("start-day", "An assessment on this referral is still waiting for authorisation: complete that one first"));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        long? worker = await db.Allocations.Where(a => a.ChildId == childId && a.StartDate <= start && (a.EndDate == null || a.EndDate > start))
            .OrderByDescending(a => a.StartDate).Select(a => a.WorkerId).FirstOrDefaultAsync(cancellationToken) ?? recorderWorkerId;
        var assessment = new Assessment
        {
            CinEpisodeId = episode!.Id,
            ChildId = childId,
            StartDate = start!.Value,
            ChildSeenDate = seen,
            WorkerId = worker,
            Factors = [.. factors.Select(f => new AssessmentFactor { Code = f })],
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return (assessment, []);
    }
}

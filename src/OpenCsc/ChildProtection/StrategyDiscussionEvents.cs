using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.ChildProtection;

/// <summary>Strategy discussions: who took part and what was decided.</summary>
public sealed class StrategyDiscussionEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("strategy-discussions", "Strategy discussions");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var discussions = await db.StrategyDiscussions.AsNoTracking()
            .Where(s => s.ChildId == childId)
            .Select(s => new
            {
                s.Date,
                s.CscTookPart,
                s.PoliceTookPart,
                s.HealthTookPart,
                s.EducationTookPart,
                s.OtherAgencies,
                s.AbsentAgencyReason,
                s.Decision,
                ChairedBy = s.ChairedBy == null ? null : s.ChairedBy.FirstName + " " + s.ChairedBy.LastName,
            })
            .ToListAsync(cancellationToken);
        foreach (var s in discussions)
        {
            var agencies = new List<string>();
            if (s.CscTookPart)
            {
                agencies.Add("children's social care");
            }

            if (s.PoliceTookPart)
            {
                agencies.Add("police");
            }

            if (s.HealthTookPart)
            {
                agencies.Add("health");
            }

            if (s.EducationTookPart)
            {
                agencies.Add("education");
            }

            if (!string.IsNullOrWhiteSpace(s.OtherAgencies))
            {
                agencies.Add(s.OtherAgencies);
            }

            var details = new List<string>
            {
                "Agencies present: " + (agencies.Count == 0 ? "none recorded" : string.Join(", ", agencies)),
                s.CscTookPart && s.PoliceTookPart && s.HealthTookPart
                    ? "Working Together compliant (social care, police and health took part)"
                    : "Not Working Together compliant",
            };
            if (!string.IsNullOrWhiteSpace(s.AbsentAgencyReason))
            {
                details.Add($"Why an agency was absent: {s.AbsentAgencyReason}");
            }

            if (s.Decision is { } decision)
            {
                details.Add($"Decision: {JourneyLabels.Of(decision)}");
            }

            if (s.ChairedBy is not null)
            {
                details.Add($"Chaired by: {s.ChairedBy}");
            }

            events.Add(new ChronologyEvent(s.Date, null, ChronologyStage.StrategyDiscussion, Type, "Strategy discussion", details));
        }

        return events;
    }
}

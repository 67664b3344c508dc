using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.ChildProtection;

/// <summary>Section 47 enquiries and their initial child protection conferences.</summary>
public sealed class Section47Events : IChronologySource
{
    public ChronologyType Type { get; } = new("section-47", "Section 47 enquiries and ICPCs");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var enquiries = await db.Section47Enquiries.AsNoTracking()
            .Where(s => s.ChildId == childId)
            .Select(s => new { s.StartDate, s.InitialCpcTarget, s.DateOfInitialCpc, s.IcpcNotRequired, s.Outcome })
            .ToListAsync(cancellationToken);
        foreach (var s in enquiries)
        {
            var details = new List<string>();
            if (s.IcpcNotRequired)
            {
                details.Add("Initial child protection conference not required");
            }
            else if (s.InitialCpcTarget is { } target)
            {
                details.Add($"ICPC due by {Formatting.Date(target)}");
            }

            if (s.DateOfInitialCpc is null && s.Outcome is { } enquiryOutcome)
            {
                details.Add($"Outcome: {JourneyLabels.Of(enquiryOutcome)}");
            }

            events.Add(new ChronologyEvent(s.StartDate, null, ChronologyStage.Section47, Type, "Section 47 enquiry started", details));
            if (s.DateOfInitialCpc is { } icpc)
            {
                events.Add(new ChronologyEvent(icpc, null, ChronologyStage.Icpc, Type, "Initial child protection conference",
                [
                    s.Outcome is { } outcome ? $"Outcome: {JourneyLabels.Of(outcome)}" : "Outcome: not recorded",
                    $"Section 47 enquiry started {Formatting.Date(s.StartDate)}",
                ]));
            }
        }

        return events;
    }
}

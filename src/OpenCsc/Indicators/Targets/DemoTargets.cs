using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Indicators.Targets;

/// <summary>
/// The targets a demo borough's improvement board has set in place of the defaults, as the seed authority's did: its
/// front door decided within a working day for 95% of contacts, and caseloads brought down to 16.
/// </summary>
public static class DemoTargets
{
    public static async Task<int> EnsureAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.IndicatorTargets.AnyAsync(cancellationToken))
        {
            return 0;
        }

        db.IndicatorTargets.AddRange(
            new IndicatorTarget { IndicatorCode = "CONTACT_DECISION_1WD", Value = 0.95, Reason = "Improvement board: the MASH decides 95% of contacts within a working day" },
            new IndicatorTarget { IndicatorCode = "CASELOAD_AVG", Value = 16, Reason = "Improvement board: caseloads of 16 children or fewer, to give workers time for direct work" });
        return await db.SaveChangesAsync(cancellationToken);
    }
}

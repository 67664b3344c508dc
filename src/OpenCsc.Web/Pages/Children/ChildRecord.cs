using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.Web.Pages.Children;

public sealed record ChildDetails(
    long Id,
    string LaChildId,
    string FirstName,
    string LastName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    DateOnly? DateOfDeath,
    string Sex,
    string Ethnicity,
    string? Upn,
    string? UpnUnknownReason,
    string? NhsNumber,
    bool IsUasc,
    DateOnly? UascCeasedDate,
    IReadOnlyList<string> Disabilities);

/// <summary>Who holds the case today: the team, and the worker unless it sits unallocated in the team.</summary>
public sealed record CaseHolder(string Team, string? Worker, WorkerRole? Role, DateOnly Since);

public sealed record ChildFlags(bool OnChildProtectionPlan, bool LookedAfter, int MissingEpisodesInLast90Days);

public sealed record ChildRecordView(ChildDetails Details, CaseHolder? CaseHolder, ChildFlags Flags);

/// <summary>The top of a child's page: identifiers, characteristics, who holds the case, and flags, as at a date.</summary>
public sealed class ChildRecord(AppDbContext db)
{
    public const int MissingWindowDays = 90;

    public async Task<ChildRecordView?> FindAsync(long childId, DateOnly today, CancellationToken cancellationToken = default)
    {
        ChildDetails? details = await db.Children.AsNoTracking()
            .Where(c => c.Id == childId)
            .Select(c => new ChildDetails(
                c.Id,
                c.LaChildId,
                c.FirstName,
                c.LastName,
                c.DateOfBirth,
                c.ExpectedDateOfBirth,
                c.DateOfDeath,
                c.Sex,
                c.Ethnicity,
                c.Upn,
                c.UpnUnknownReason,
                c.NhsNumber,
                c.IsUasc,
                c.UascCeasedDate,
                c.Disabilities.OrderBy(d => d.Code).Select(d => d.Code).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
        if (details is null)
        {
            return null;
        }

        CaseHolder? holder = await db.Allocations.AsNoTracking()
            .Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.Workforce.Allocation>(today)).Where(a => a.ChildId == childId)
            .OrderByDescending(a => a.StartDate)
            .ThenByDescending(a => a.Id)
            .Select(a => new CaseHolder(
                a.Team!.Name,
                a.Worker == null ? null : a.Worker.FirstName + " " + a.Worker.LastName,
                a.Worker == null ? null : a.Worker.Role,
                a.StartDate))
            .FirstOrDefaultAsync(cancellationToken);

        bool onCp = await db.ChildProtectionPlans.Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.ChildProtection.ChildProtectionPlan>(today)).AnyAsync(p => p.ChildId == childId, cancellationToken);
        bool lookedAfter = await db.PeriodsOfCare.Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.LookedAfter.PeriodOfCare>(today)).AnyAsync(p => p.ChildId == childId, cancellationToken);
        DateOnly windowStart = today.AddDays(-MissingWindowDays);
        int missing = await db.MissingEpisodes.CountAsync(
            m => m.ChildId == childId && m.StartDate <= today && (m.EndDate == null || m.EndDate >= windowStart), cancellationToken);

        return new ChildRecordView(details, holder, new ChildFlags(onCp, lookedAfter, missing));
    }
}

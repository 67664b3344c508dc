using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.Accounts;

/// <summary>
/// One account per role in a demo borough, made by the demo seeding and named on the sign-in page. The practitioners'
/// accounts belong to real workers of the synthetic borough (the social worker with the most children, that team's
/// manager and head of service, a MASH worker, the IRO with the most children), so each sees what that person would.
/// No demo account is ever made outside demo seeding.
/// </summary>
public static class DemoAccounts
{
    /// <summary>Every demo account's password (a demo borough holds no real data).</summary>
    public const string Password = "demo-password";

    /// <summary>
    /// Identity's tables for external logins, extra claims and tokens: OpenCSC's local accounts leave them empty (the
    /// seam for a council's identity provider would use them), so counts of the borough's data leave them out.
    /// </summary>
    public static readonly string[] IdentityPlumbingTables = ["staff_account_claims", "staff_account_logins", "staff_account_tokens"];

    /// <summary>
    /// Makes the demo accounts, and marks one child of the demo team manager's team restricted (a staff member's
    /// relative), named to the team manager and the QA auditor only: the demo social worker does not see it. The demo
    /// social worker has also opened one record of another team by break-glass on the day, waiting for the demo team
    /// manager's review. Returns the accounts, grants and break-glass accesses made (none when the demo accounts exist
    /// already).
    /// </summary>
    public static async Task<(int Accounts, int Grants, int BreakGlass)> EnsureAsync(AppDbContext db, DateOnly day, CancellationToken cancellationToken = default)
    {
        if (await db.StaffAccounts.AnyAsync(a => a.IsDemo, cancellationToken))
        {
            return (0, 0, 0);
        }

        var inPost = db.Workers.Where(DatedPeriods.OpenAtEndOf<Worker>(day));
        var open = db.Allocations.Where(DatedPeriods.OpenAtEndOf<OpenCsc.Workforce.Allocation>(day));
        Worker? social = await inPost.Where(w => w.Role == WorkerRole.SocialWorker && w.IsCaseHolding)
            .OrderByDescending(w => open.Count(a => a.WorkerId == w.Id)).ThenBy(w => w.Id).FirstOrDefaultAsync(cancellationToken);
        Worker? manager = social?.TeamId is { } team
            ? await inPost.Where(w => w.Role == WorkerRole.TeamManager && w.TeamId == team).OrderBy(w => w.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        long? serviceId = social?.TeamId is { } t ? await db.Teams.Where(x => x.Id == t).Select(x => (long?)x.ServiceId).FirstOrDefaultAsync(cancellationToken) : null;
        long? headId = serviceId is { } s ? await db.Services.Where(x => x.Id == s).Select(x => x.HeadOfServiceId).FirstOrDefaultAsync(cancellationToken) : null;
        Worker? head = headId is { } h ? await db.Workers.FirstOrDefaultAsync(w => w.Id == h, cancellationToken) : null;
        Worker? mash = await inPost.Where(w => w.Role == WorkerRole.MashWorker).OrderBy(w => w.Id).FirstOrDefaultAsync(cancellationToken);
        var reviewing = db.IroAllocations.Where(DatedPeriods.OpenAtEndOf<OpenCsc.LookedAfter.IroAllocation>(day));
        Worker? iro = await inPost.Where(w => w.Role == WorkerRole.IndependentReviewingOfficer)
            .OrderByDescending(w => reviewing.Count(i => i.IroId == w.Id)).ThenBy(w => w.Id).FirstOrDefaultAsync(cancellationToken);

        var hasher = new PasswordHasher<StaffAccount>();
        var accounts = new List<StaffAccount>
        {
            Account("social.worker", StaffRole.SocialWorker, social, "Demo social worker"),
            Account("team.manager", StaffRole.TeamManager, manager, "Demo team manager"),
            Account("head.of.service", StaffRole.HeadOfService, head, "Demo head of service"),
            Account("mash.worker", StaffRole.MashWorker, mash, "Demo MASH worker"),
            Account("iro", StaffRole.IndependentReviewingOfficer, iro, "Demo IRO"),
            Account("analyst", StaffRole.PerformanceAnalyst, null, "Demo performance analyst"),
            Account("auditor", StaffRole.QaAuditor, null, "Demo QA auditor"),
            Account("admin", StaffRole.SystemAdministrator, null, "Demo administrator"),
            Account("member", StaffRole.ReadOnlyMember, null, "Demo elected member"),
        };
        string hash = hasher.HashPassword(accounts[0], Password);
        foreach (StaffAccount account in accounts)
        {
            account.PasswordHash = hash;
        }

        db.StaffAccounts.AddRange(accounts);
        await db.SaveChangesAsync(cancellationToken);

        int grants = 0;
        if (social?.TeamId is { } socialTeam
            && await open.Where(a => a.TeamId == socialTeam && a.WorkerId != social.Id).OrderBy(a => a.ChildId).Select(a => (long?)a.ChildId).FirstOrDefaultAsync(cancellationToken) is { } restricted)
        {
            await db.Children.Where(c => c.Id == restricted).ExecuteUpdateAsync(u => u.SetProperty(c => c.IsRestricted, true), cancellationToken);
            foreach (StaffAccount named in accounts.Where(a => a.Role is StaffRole.TeamManager or StaffRole.QaAuditor))
            {
                db.ChildAccessGrants.Add(new ChildAccessGrant { ChildId = restricted, StaffAccountId = named.Id });
                grants++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        int breakGlass = 0;
        if (social?.TeamId is { } ownTeam
            && await open.Where(a => a.TeamId != ownTeam && !a.Child!.IsRestricted).OrderBy(a => a.ChildId).Select(a => (long?)a.ChildId).FirstOrDefaultAsync(cancellationToken) is { } elsewhere)
        {
            DateTime opened = day.ToDateTime(new TimeOnly(9, 30));
            db.BreakGlassAccesses.Add(new BreakGlassAccess
            {
                ChildId = elsewhere,
                StaffAccountId = accounts[0].Id,
                Reason = "Emergency duty call overnight: the child's sibling is on my caseload and I needed the family's history.",
                OpenedAt = opened,
                ExpiresAt = opened + BreakGlassAccess.Duration,
            });
            await db.SaveChangesAsync(cancellationToken);
            breakGlass = 1;
        }

        return (accounts.Count, grants, breakGlass);
    }

    /// <summary>A new local account (not yet saved), as the demo seeding and `opencsc accounts create` make them.</summary>
    public static StaffAccount Account(string userName, StaffRole role, Worker? worker, string fallbackName, bool demo = true) => new()
    {
        UserName = userName,
        NormalizedUserName = userName.ToUpperInvariant(),
        DisplayName = worker is null ? fallbackName : worker.FirstName + " " + worker.LastName,
        Role = role,
        WorkerId = worker?.Id,
        IsDemo = demo,
        IsActive = true,
        LockoutEnabled = true,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString("N"),
    };
}

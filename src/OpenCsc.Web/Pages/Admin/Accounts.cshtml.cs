using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Admin;

/// <summary>One account as the administrator's list shows it.</summary>
public sealed record AccountRow(long Id, string UserName, string DisplayName, StaffRole Role, string? Worker, bool Active, DateTimeOffset? LockedUntil, bool Demo);

/// <summary>Every account: name, role, worker, and whether it may sign in. System administrators'.</summary>
[Authorize(Policy = PagePolicies.Accounts)]
public sealed class AccountsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AccountRow> Rows { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Rows = await db.StaffAccounts.AsNoTracking()
            .OrderBy(a => a.UserName)
            .Select(a => new AccountRow(a.Id, a.UserName!, a.DisplayName, a.Role,
                a.Worker == null ? null : a.Worker.StaffNumber + " " + a.Worker.FirstName + " " + a.Worker.LastName,
                a.IsActive, a.LockoutEnd, a.IsDemo))
            .ToListAsync(cancellationToken);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Admin;

/// <summary>
/// One account: change its name, role, worker and whether it may sign in, unlock it, and name it on restricted records.
/// Two administrators editing the same account: the second save is refused with a conflict message, nothing lost.
/// </summary>
[Authorize(Policy = PagePolicies.Accounts)]
public sealed class AccountModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long Id { get; private set; }

    public string UserName { get; private set; } = "";

    public AccountChanges Form { get; private set; } = new(null, null, null, true, false, null);

    public bool Locked { get; private set; }

    public IReadOnlyList<(long ChildId, string LaChildId)> Named { get; private set; } = [];

    public string? NameLaChildId { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, fillForm: true, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, string? displayName, string? role, string? worker, bool active, bool unlock, string? version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, fillForm: false, cancellationToken))
        {
            return NotFound();
        }

        Form = new AccountChanges(displayName, role, worker, active, unlock, version);
        IReadOnlyList<AccountFieldError> errors = await ChangeAccount.RunAsync(db, id, staff.User!, Form, clock.GetUtcNow(), cancellationToken);
        if (errors.Count > 0)
        {
            Errors = errors.Select(e => new FieldError(e.FieldId, e.Message)).ToList();
            if (errors.Any(e => e.FieldId == "version"))
            {
                // Show what is saved now, with the new version, so the administrator can compare and save again.
                db.ChangeTracker.Clear();
                await LoadAsync(id, fillForm: true, cancellationToken);
                Errors = [new FieldError("display-name", ChangeAccount.ConflictMessage)];
            }

            return Page();
        }

        Saved = $"Account {UserName} saved.";
        return Redirect(PageUrl(id));
    }

    public async Task<IActionResult> OnPostNameAsync(long id, string? laChildId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, fillForm: true, cancellationToken))
        {
            return NotFound();
        }

        if (await NameOnRestrictedRecord.AddAsync(db, id, laChildId, cancellationToken) is { } problem)
        {
            NameLaChildId = laChildId;
            Errors = [new FieldError("la-child-id", problem)];
            return Page();
        }

        Saved = $"{UserName} named on restricted record {laChildId!.Trim()}.";
        return Redirect(PageUrl(id));
    }

    public async Task<IActionResult> OnPostUnnameAsync(long id, long child, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, fillForm: true, cancellationToken))
        {
            return NotFound();
        }

        if (!await NameOnRestrictedRecord.RemoveAsync(db, id, child, cancellationToken))
        {
            return NotFound();
        }

        Saved = $"{UserName} taken off a restricted record.";
        return Redirect(PageUrl(id));
    }

    private static string PageUrl(long id) => "/admin/accounts/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(long id, bool fillForm, CancellationToken cancellationToken)
    {
        Id = id;
        var account = await db.StaffAccounts.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.UserName, a.DisplayName, a.Role, Worker = a.Worker == null ? null : a.Worker.StaffNumber, a.IsActive, a.LockoutEnd, a.ConcurrencyStamp })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return false;
        }

        UserName = account.UserName ?? "";
        Locked = account.LockoutEnd is { } end && end > clock.GetUtcNow();
        if (fillForm)
        {
            Form = new AccountChanges(account.DisplayName, account.Role.ToString(), account.Worker, account.IsActive, false, account.ConcurrencyStamp);
        }

        Named = await NameOnRestrictedRecord.ListAsync(db, id, cancellationToken);
        return true;
    }
}

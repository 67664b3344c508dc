using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenCsc.Accounts;

namespace OpenCsc.Web.Security;

/// <summary>
/// Identity's user manager with lockouts on the host's <see cref="TimeProvider"/>: Identity's own reads the system
/// clock to start and to check a lockout, while the rest of the host (the session cookie, the accounts page's
/// "locked" flag, unlocking) reads the registered one. Otherwise the same rules: five failures lock for 15 minutes.
/// </summary>
public sealed class StaffUserManager(
    IUserStore<StaffAccount> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<StaffAccount> passwordHasher,
    IEnumerable<IUserValidator<StaffAccount>> userValidators,
    IEnumerable<IPasswordValidator<StaffAccount>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<StaffAccount>> logger,
    TimeProvider clock)
    : UserManager<StaffAccount>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AccessFailedAsync(StaffAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ThrowIfDisposed();
        IUserLockoutStore<StaffAccount> lockouts = LockoutStore();
        int failures = await lockouts.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockouts.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await lockouts.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }

    public override async Task<bool> IsLockedOutAsync(StaffAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ThrowIfDisposed();
        IUserLockoutStore<StaffAccount> lockouts = LockoutStore();
        if (!await lockouts.GetLockoutEnabledAsync(user, CancellationToken))
        {
            return false;
        }

        return await lockouts.GetLockoutEndDateAsync(user, CancellationToken) is { } end && end >= clock.GetUtcNow();
    }

    private IUserLockoutStore<StaffAccount> LockoutStore() =>
        Store as IUserLockoutStore<StaffAccount> ?? throw new NotSupportedException("The account store does not keep lockouts.");
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCsc.Accounts;
using OpenCsc.Data;

namespace OpenCsc.Web.Security;

/// <summary>
/// Sign-in, behind one seam: local accounts through ASP.NET Core Identity (hashed passwords, lockout after five
/// failures for 15 minutes, passwords of 12 characters or more as the NCSC advises, no composition rules) and a
/// session cookie that expires after 20 minutes without a request. A council's own identity provider (Microsoft Entra
/// ID over OpenID Connect) is added here by configuration when its package is available: it signs in to the same
/// cookie, and <see cref="StaffClaims"/> maps the account to its role and worker either way.
/// </summary>
public static class StaffSignIn
{
    public const string RoleClaim = ClaimTypes.Role;
    public const string WorkerClaim = "opencsc:worker";
    public const string DisplayNameClaim = "opencsc:display_name";

    public static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(20);

    public static IServiceCollection AddStaffSignIn(this IServiceCollection services)
    {
        services.AddIdentityCore<StaffAccount>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<StaffUserManager>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaims>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        // A change of role, worker, named access or active state changes the account's security stamp: a session
        // signed in before it is checked against the stamp at least once a minute and ends when it no longer matches.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "opencsc_session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = SessionTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.AccessDeniedPath = "/errors/403";
            options.ReturnUrlParameter = "returnUrl";
            // A signed-in person refused a page gets a 403 and the refusal page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentStaff>();
        services.AddScoped<ShownChildren>();
        return services;
    }

    /// <summary>The signed-in person from the request's claims, or null when nobody is signed in.</summary>
    public static StaffUser? Read(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long id)
            || !Enum.TryParse(principal.FindFirstValue(RoleClaim), out StaffRole role))
        {
            return null;
        }

        long? worker = long.TryParse(principal.FindFirstValue(WorkerClaim), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long w) ? w : null;
        return new StaffUser(id, principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity.Name ?? "", role, worker);
    }
}

/// <summary>The claims a signed-in account carries: its role, its worker and its display name.</summary>
public sealed class StaffClaims(UserManager<StaffAccount> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffAccount user)
    {
        ClaimsIdentity identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffSignIn.RoleClaim, user.Role.ToString()));
        identity.AddClaim(new Claim(StaffSignIn.DisplayNameClaim, user.DisplayName));
        if (user.WorkerId is { } worker)
        {
            identity.AddClaim(new Claim(StaffSignIn.WorkerClaim, worker.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}

/// <summary>The person making this request and, once asked for, the children they may see today.</summary>
public sealed class CurrentStaff(IHttpContextAccessor http, AppDbContext db, TimeProvider clock, ShownChildren shown)
{
    private ChildScope? _scope;

    public StaffUser? User => http.HttpContext is { } context ? StaffSignIn.Read(context.User) : null;

    /// <summary>
    /// Whether this person may open the child's record: null when they may, else the status to answer with, 403 for a
    /// child out of scope (or restricted), 404 for no such child. Every page about one child starts here, and so
    /// declares the child to the audit trail (<see cref="ShownChildren"/>): shown if the page goes on to show it, refused.
    /// </summary>
    public async Task<int?> RefusalForChildAsync(AppDbContext context, long childId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ChildScope scope = await ScopeAsync(cancellationToken);
        if (await scope.CanSeeAsync(context, childId, cancellationToken))
        {
            shown.Child(childId);
            return null;
        }

        if (!await context.Children.AnyAsync(c => c.Id == childId, cancellationToken))
        {
            return StatusCodes.Status404NotFound;
        }

        shown.Refused(childId);
        return StatusCodes.Status403Forbidden;
    }

    /// <summary>The need-to-know scope; nobody signed in sees no child.</summary>
    public async Task<ChildScope> ScopeAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is null)
        {
            StaffUser user = User ?? new StaffUser(-1, "", StaffRole.ReadOnlyMember, null);
            _scope = await ChildScope.ForAsync(db, user, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        return _scope;
    }
}

using Microsoft.AspNetCore.Authorization;

namespace OpenCsc.Web.Security;

/// <summary>
/// The one authorisation seam every page goes through: the fallback policy applies to each endpoint that does not
/// name its own. Sign-in comes in issue 5; until then the fallback lets everyone in, and the layout says the data
/// is synthetic. Replace <see cref="AllowAnonymousUntilSignIn"/> with a policy that requires an authenticated user.
/// </summary>
public static class PagePolicies
{
    /// <summary>Placeholder: allows anonymous access. Sign-in comes in issue 5.</summary>
    public static AuthorizationPolicy AllowAnonymousUntilSignIn { get; } =
        new AuthorizationPolicyBuilder().RequireAssertion(_ => true).Build();

    public static IServiceCollection AddPagePolicies(this IServiceCollection services) =>
        services.AddAuthorization(options => options.FallbackPolicy = AllowAnonymousUntilSignIn);
}

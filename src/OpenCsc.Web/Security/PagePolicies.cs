using Microsoft.AspNetCore.Authorization;

namespace OpenCsc.Web.Security;

/// <summary>
/// The one authorisation seam every page goes through: the fallback policy applies to each endpoint that does not
/// name its own, and the pages that need more name one of the policies here. Sign-in comes in issue 5; until then
/// every policy lets everyone in, and the layout says the data is synthetic. Issue 5 replaces
/// <see cref="AllowAnonymousUntilSignIn"/> with policies that require an authenticated user in the right role.
/// </summary>
public static class PagePolicies
{
    /// <summary>Uploading and downloading the statutory returns: the performance team's (and administrators').</summary>
    public const string StatutoryReturns = "StatutoryReturns";

    /// <summary>
    /// Aggregate figures (the dashboard, indicators, trackers' counts): everyone who signs in, including read-only
    /// members (elected members, the improvement board), who see figures but never a child's record.
    /// </summary>
    public const string AggregateFigures = "AggregateFigures";

    /// <summary>Lists of named children behind a figure: a child's record, under need-to-know (issue 5).</summary>
    public const string ChildRecords = "ChildRecords";
    /// <summary>The trackers of what is due: social workers', team managers' and service leads'.</summary>
    public const string Trackers = "Trackers";

    /// <summary>The audit trail: who viewed or changed a child's record, what a user did. QA auditors' (issue 5).</summary>
    public const string AuditTrail = "AuditTrail";

    /// <summary>Placeholder: allows anonymous access. Sign-in comes in issue 5.</summary>
    public static AuthorizationPolicy AllowAnonymousUntilSignIn { get; } =
        new AuthorizationPolicyBuilder().RequireAssertion(_ => true).Build();

    public static IServiceCollection AddPagePolicies(this IServiceCollection services) =>
        services.AddAuthorization(options =>
        {
            options.FallbackPolicy = AllowAnonymousUntilSignIn;
            options.AddPolicy(StatutoryReturns, AllowAnonymousUntilSignIn);
            options.AddPolicy(AggregateFigures, AllowAnonymousUntilSignIn);
            options.AddPolicy(ChildRecords, AllowAnonymousUntilSignIn);
            options.AddPolicy(Trackers, AllowAnonymousUntilSignIn);
            options.AddPolicy(AuditTrail, AllowAnonymousUntilSignIn);
        });
}

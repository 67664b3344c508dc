using Microsoft.AspNetCore.Authorization;
using OpenCsc.Accounts;

namespace OpenCsc.Web.Security;

/// <summary>
/// The one authorisation seam every page goes through. The fallback policy (for every endpoint that names none)
/// requires a signed-in person; pages that need a particular role name one of the policies here. Which children a
/// person sees within a page is need-to-know, enforced in the page's queries (<see cref="ChildScope"/>); these policies
/// decide only who may open the page at all. The authorisation matrix test holds every route to its expected answer
/// for every role.
/// </summary>
public static class PagePolicies
{
    /// <summary>Uploading and downloading the statutory returns, comparators and targets: the performance team's.</summary>
    public const string StatutoryReturns = "StatutoryReturns";

    /// <summary>
    /// Aggregate figures (the dashboard, indicators): everyone who signs in, including read-only members (elected
    /// members, the improvement board), who see figures but never a child's record.
    /// </summary>
    public const string AggregateFigures = "AggregateFigures";

    /// <summary>Pages that name children (a child's record, search, the children behind a figure), under need-to-know.</summary>
    public const string ChildRecords = "ChildRecords";

    /// <summary>Recording on a child's record: practitioners, within their scope.</summary>
    public const string RecordOnChildRecords = "RecordOnChildRecords";

    /// <summary>The trackers of what is due: practitioners', managers', and the performance and QA teams'.</summary>
    public const string Trackers = "Trackers";

    /// <summary>The audit trail: who viewed or changed a child's record, what a user did. QA auditors'.</summary>
    public const string AuditTrail = "AuditTrail";

    /// <summary>Reviewing break-glass accesses: managers acknowledge those of their people; QA auditors read them all.</summary>
    public const string BreakGlassReview = "BreakGlassReview";

    /// <summary>A manager's decisions on a child's record (authorising an assessment): team managers and heads of service, in scope.</summary>
    public const string ManagerDecisions = "ManagerDecisions";

    /// <summary>The threshold decision on a contact at the front door: MASH workers, team managers and heads of service, in scope.</summary>
    public const string ThresholdDecisions = "ThresholdDecisions";

    /// <summary>Supervision of staff: team managers and heads of service, for the people they manage.</summary>
    public const string Supervision = "Supervision";

    /// <summary>Accounts, roles and named access to restricted records: system administrators'.</summary>
    public const string Accounts = "Accounts";

    /// <summary>The timescales and local closure days in force: system administrators'.</summary>
    public const string Timescales = "Timescales";

    public static readonly StaffRole[] SeeChildren =
    [
        StaffRole.SocialWorker, StaffRole.TeamManager, StaffRole.HeadOfService, StaffRole.MashWorker,
        StaffRole.IndependentReviewingOfficer, StaffRole.PerformanceAnalyst, StaffRole.QaAuditor,
    ];

    public static readonly StaffRole[] Record =
    [
        StaffRole.SocialWorker, StaffRole.TeamManager, StaffRole.HeadOfService, StaffRole.MashWorker, StaffRole.IndependentReviewingOfficer,
    ];

    public static IServiceCollection AddPagePolicies(this IServiceCollection services) =>
        services.AddAuthorization(options =>
        {
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            options.AddPolicy(StatutoryReturns, Roles(StaffRole.PerformanceAnalyst));
            options.AddPolicy(AggregateFigures, new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
            options.AddPolicy(ChildRecords, Roles(SeeChildren));
            options.AddPolicy(RecordOnChildRecords, Roles(Record));
            options.AddPolicy(Trackers, Roles(SeeChildren));
            options.AddPolicy(AuditTrail, Roles(StaffRole.QaAuditor));
            options.AddPolicy(Accounts, Roles(StaffRole.SystemAdministrator));
            options.AddPolicy(Timescales, Roles(StaffRole.SystemAdministrator));
            options.AddPolicy(ManagerDecisions, Roles(StaffRole.TeamManager, StaffRole.HeadOfService));
            options.AddPolicy(ThresholdDecisions, Roles(StaffRole.MashWorker, StaffRole.TeamManager, StaffRole.HeadOfService));
            options.AddPolicy(Supervision, Roles(StaffRole.TeamManager, StaffRole.HeadOfService));
            options.AddPolicy(BreakGlassReview, Roles(StaffRole.TeamManager, StaffRole.HeadOfService, StaffRole.QaAuditor));
        });

    private static AuthorizationPolicy Roles(params StaffRole[] roles) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())).Build();
}

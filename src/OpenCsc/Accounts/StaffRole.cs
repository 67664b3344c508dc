namespace OpenCsc.Accounts;

/// <summary>What a person does in the service, which decides what they may see and do (issue 5's roles).</summary>
public enum StaffRole
{
    /// <summary>Records the child's journey; sees the children allocated to them or to their team.</summary>
    SocialWorker,

    /// <summary>Runs a team: its trackers and caseloads, authorises assessments; sees the team's children.</summary>
    TeamManager,

    /// <summary>Leads a service: sees the children of every team in it.</summary>
    HeadOfService,

    /// <summary>The front door: sees the children allocated to the MASH team, like a social worker.</summary>
    MashWorker,

    /// <summary>Independent reviewing officer or child protection chair: sees the children they review.</summary>
    IndependentReviewingOfficer,

    /// <summary>The performance team: every child's record read-only, the returns, the indicators and their targets.</summary>
    PerformanceAnalyst,

    /// <summary>Case-file audits: every child's record read-only, and the audit trail.</summary>
    QaAuditor,

    /// <summary>Accounts and permissions; never a child's record.</summary>
    SystemAdministrator,

    /// <summary>An elected member or improvement board member: aggregate figures only, never a child's record.</summary>
    ReadOnlyMember,
}

/// <summary>The roles' names as practitioners say them.</summary>
public static class StaffRoles
{
    public static string Label(StaffRole role) => role switch
    {
        StaffRole.SocialWorker => "Social worker",
        StaffRole.TeamManager => "Team manager",
        StaffRole.HeadOfService => "Head of service",
        StaffRole.MashWorker => "MASH worker",
        StaffRole.IndependentReviewingOfficer => "IRO or CP chair",
        StaffRole.PerformanceAnalyst => "Performance analyst",
        StaffRole.QaAuditor => "QA auditor",
        StaffRole.SystemAdministrator => "System administrator",
        StaffRole.ReadOnlyMember => "Read-only member",
        _ => role.ToString(),
    };

    /// <summary>Roles that read every (unrestricted) child's record without changing it.</summary>
    public static bool ReadsEveryRecord(StaffRole role) => role is StaffRole.PerformanceAnalyst or StaffRole.QaAuditor;

    /// <summary>Roles that record the child's journey (within their scope).</summary>
    public static bool Records(StaffRole role) =>
        role is StaffRole.SocialWorker or StaffRole.TeamManager or StaffRole.HeadOfService or StaffRole.MashWorker or StaffRole.IndependentReviewingOfficer;
}

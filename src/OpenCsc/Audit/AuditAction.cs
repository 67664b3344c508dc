namespace OpenCsc.Audit;

/// <summary>
/// What an audit entry records. The numbers are fixed codes for reports and other systems; the database stores the
/// names, like every other code. Never renumber or reuse a code.
/// </summary>
public enum AuditAction
{
    View = 1,
    Search = 2,
    Create = 3,
    Update = 4,
    Delete = 5,
    Export = 6,
    Download = 7,
    SignIn = 8,
    SignInFailed = 9,
    PermissionChange = 10,
    BreakGlass = 11,

    /// <summary>A request was refused (403): a child's record outside the person's need-to-know, or a page their role may not open.</summary>
    Refused = 12,
}

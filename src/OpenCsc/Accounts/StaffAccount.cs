using Microsoft.AspNetCore.Identity;
using OpenCsc.Workforce;

namespace OpenCsc.Accounts;

/// <summary>
/// A person who signs in: a local account (ASP.NET Core Identity: hashed password, lockout) with one role and, for
/// practitioners, the worker record that decides which children they see. Demo accounts exist only in a demo borough.
/// </summary>
public class StaffAccount : IdentityUser<long>
{
    public string DisplayName { get; set; } = "";

    public StaffRole Role { get; set; }

    /// <summary>The worker this account belongs to (team, service, allocations, IRO allocations).</summary>
    public long? WorkerId { get; set; }

    public Worker? Worker { get; set; }

    /// <summary>Made by the demo borough (the sign-in page names them); never present outside demo mode.</summary>
    public bool IsDemo { get; set; }

    public bool IsActive { get; set; } = true;
}

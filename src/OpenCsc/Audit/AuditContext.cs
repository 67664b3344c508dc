namespace OpenCsc.Audit;

/// <summary>
/// Who is acting through an <see cref="Data.AppDbContext"/> and from where, for the audit trail. The web layer sets
/// one per request (the signed-in user and the client's IP address); the command line, seeding and imports keep
/// <see cref="System"/>.
/// </summary>
public sealed record AuditContext(string UserId, string UserName, string Address)
{
    public static AuditContext System { get; } = new("system", "system", "cli");

    /// <summary>A process acting without a person ("system:seed", "system:import", "system:cli"): its name is its id.</summary>
    public static AuditContext ForSystem(string name) => new(name, name, "cli");

    /// <summary>True for <see cref="System"/>, the default when nobody said who is acting.</summary>
    public bool IsUnnamed => this == System;
}

namespace OpenCsc.Audit;

/// <summary>
/// One entry of the append-only audit trail: who did what to which record, when and from where. Entries form a hash
/// chain: <see cref="Hash"/> is HMAC-SHA256, under the audit key held outside the database, over the entry's fields
/// and <see cref="PreviousHash"/> (see <see cref="AuditHash"/>), so editing, deleting or inserting an entry breaks the
/// chain that `opencsc audit verify` checks, and only the key's holder can seal a replacement. Written only by <see cref="AuditChain"/>; never updated or deleted (a trigger refuses it on PostgreSQL).
/// </summary>
public class AuditEntry
{
    /// <summary>1, 2, 3 ... without gaps, in the order the entries were written.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC wall-clock time, to the microsecond.</summary>
    public DateTime At { get; set; }

    /// <summary>The signed-in user's id, or "system" for the command line, seeding and imports.</summary>
    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>The client's IP address, or "cli".</summary>
    public string Address { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>The record's entity type (e.g. "Child", "Visit"), or null for an event about no one record (a search).</summary>
    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>The child the record belongs to, where there is one: the key of the child's row.</summary>
    public long? ChildId { get; set; }

    /// <summary>JSON: old and new values per property for a change, the terms for a search, the reason for a break-glass.</summary>
    public string? Details { get; set; }

    /// <summary>The previous entry's <see cref="Hash"/>; 64 zeros for the first entry.</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>Lower-case hex HMAC-SHA256 (or, for entries written before the key, SHA-256) of <see cref="AuditHash.Canonical"/>.</summary>
    public string Hash { get; set; } = "";

    /// <summary>How <see cref="Hash"/> was made: keyed for every entry written since migration 0013.</summary>
    public AuditHashScheme HashScheme { get; set; } = AuditHashScheme.HmacSha256;
}

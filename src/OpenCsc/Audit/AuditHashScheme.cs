namespace OpenCsc.Audit;

/// <summary>How an entry's hash was made. Stored by name in <c>audit_entries.hash_scheme</c>.</summary>
public enum AuditHashScheme
{
    /// <summary>Plain SHA-256: entries written before the keyed chain (migration 0013). Anyone can recompute it.</summary>
    Sha256 = 1,

    /// <summary>HMAC-SHA256 under the audit key: only the key's holder can seal an entry.</summary>
    HmacSha256 = 2,
}

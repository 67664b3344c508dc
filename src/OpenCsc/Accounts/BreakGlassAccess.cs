using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Accounts;

/// <summary>
/// A person opened a child's record outside their need-to-know scope, giving a reason. The record stays open to them
/// until <see cref="ExpiresAt"/>; the access is listed for their manager to review (and in the audit trail) until a
/// manager acknowledges it. Restricted records cannot be opened this way.
/// </summary>
public class BreakGlassAccess : Entity
{
    /// <summary>How long a break-glass keeps the record open: a working day.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromHours(8);

    /// <summary>The shortest reason accepted: enough for a manager to judge it.</summary>
    public const int MinimumReasonLength = 10;

    public const int MaximumReasonLength = 1000;

    /// <summary>
    /// A UTC moment as the store keeps it: the database columns are timestamps without a time zone (as every timestamp
    /// in OpenCSC), so the kind is dropped; the values are UTC by convention.
    /// </summary>
    public static DateTime Stored(DateTime utc) => DateTime.SpecifyKind(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc, DateTimeKind.Unspecified);

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public long StaffAccountId { get; set; }

    public StaffAccount? StaffAccount { get; set; }

    /// <summary>Why the record was needed, as the person gave it.</summary>
    public string Reason { get; set; } = "";

    /// <summary>When the record was opened (UTC).</summary>
    public DateTime OpenedAt { get; set; }

    /// <summary>When the access ends (UTC).</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>The manager who reviewed the access, once reviewed.</summary>
    public long? AcknowledgedByAccountId { get; set; }

    public StaffAccount? AcknowledgedBy { get; set; }

    /// <summary>When the manager reviewed it (UTC).</summary>
    public DateTime? AcknowledgedAt { get; set; }
}

namespace OpenCsc.Data;

/// <summary>
/// Every stored row: a surrogate key, who created and last changed it and when (UTC wall-clock), and a version that
/// every change raises, so an edit made on what someone saw earlier is refused rather than lost (see
/// <see cref="EditConflicts"/>).
/// </summary>
public abstract class Entity
{
    public long Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>0 when created; each saved change adds one. A concurrency token: an update names the version it read.</summary>
    public int RowVersion { get; set; }
}

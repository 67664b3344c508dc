namespace OpenCsc.Data;

/// <summary>
/// Every stored row: a surrogate key and who created and last changed it, and when (UTC wall-clock).
/// </summary>
public abstract class Entity
{
    public long Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}

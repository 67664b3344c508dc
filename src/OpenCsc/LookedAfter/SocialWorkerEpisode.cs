using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.LookedAfter;

/// <summary>A period with one social worker (SSDA903 SWEpisodes: SW_ID, SW_DECOM, SW_DEC, SW_REASON).</summary>
public class SocialWorkerEpisode : Entity, IDatedPeriod
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    /// <summary>SW_ID as returned; matches a worker's staff number where the worker is known.</summary>
    public string SocialWorkerId { get; set; } = "";

    public long? WorkerId { get; set; }

    public Worker? Worker { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>SW_REASON: MANAGE, FCONTA, LEFTRL, ORGRST, TSPROC, ABSENC, CHCHAN, PCCHAN, SWDIED, OTHERS.</summary>
    public string? ReasonForChange { get; set; }
}

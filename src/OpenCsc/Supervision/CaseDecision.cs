using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Supervision;

/// <summary>
/// A decision about one child taken in supervision: what is to happen, and by when. It is on the child's record
/// (the chronology) as well as the supervision record, so management oversight is visible where the work is.
/// </summary>
public class CaseDecision : Entity
{
    public long SupervisionSessionId { get; set; }

    public SupervisionSession? SupervisionSession { get; set; }

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public string Decision { get; set; } = "";

    /// <summary>The date the actions decided are to be done by, where one was set.</summary>
    public DateOnly? ActionsBy { get; set; }
}

using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.Supervision;

/// <summary>
/// A manager's supervision of a worker: the day, what was discussed about the worker's practice and wellbeing, and a
/// decision for each child whose case was discussed (<see cref="CaseDecision"/>). The seed authority's inspectors found
/// supervision "not always happening regularly" and records "of variable quality"; each session here is dated,
/// signed by the supervisor and tied to the children it decided on.
/// </summary>
public class SupervisionSession : Entity
{
    /// <summary>The worker supervised.</summary>
    public long WorkerId { get; set; }

    public Worker? Worker { get; set; }

    /// <summary>The manager who supervised.</summary>
    public long SupervisorId { get; set; }

    public Worker? Supervisor { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Reflective discussion: the worker's practice, caseload, wellbeing and development.</summary>
    public string Discussion { get; set; } = "";

    public List<CaseDecision> CaseDecisions { get; set; } = [];
}

using OpenCsc.Data;

namespace OpenCsc.Workforce;

/// <summary>A member of staff: social worker, personal adviser, team manager, IRO and so on.</summary>
public class Worker : Entity, IDatedPeriod
{
    /// <summary>The staff identifier the DfE's SSDA903 SWEpisodes table carries as SW_ID.</summary>
    public string StaffNumber { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public WorkerRole Role { get; set; }

    public long? TeamId { get; set; }

    public Team? Team { get; set; }

    public long? ManagerId { get; set; }

    public Worker? Manager { get; set; }

    public Employment Employment { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>Holds cases (counts towards caseload figures).</summary>
    public bool IsCaseHolding { get; set; }

    public string DisplayName => $"{FirstName} {LastName}";
}

public enum WorkerRole
{
    SocialWorker,
    SeniorPractitioner,
    PersonalAdviser,
    FamilySupportWorker,
    MashWorker,
    TeamManager,
    HeadOfService,
    IndependentReviewingOfficer,
    ChildProtectionChair,
}

public enum Employment
{
    Permanent,
    Agency,
}

using System.Globalization;
using OpenCsc.Workforce;

namespace OpenCsc.Borough.Generation;

/// <summary>
/// The synthetic borough's staff: services, teams sized to the caseloads the population will produce, and each
/// post's succession of holders over the history (people leave, posts stay vacant a while, are filled again,
/// often by agency staff), so that allocation histories show reallocations when a worker leaves.
/// </summary>
internal sealed class WorkforceModel
{
    // Yearly chance of leaving, by kind of post.
    private const double PermanentLeavingRate = 0.14;
    private const double AgencyLeavingRate = 0.45;
    private const double ManagerLeavingRate = 0.12;
    private const double InitialAgencyShare = 0.25;
    private const double ReplacementAgencyShare = 0.5;

    private readonly Dictionary<TeamKind, List<TeamModel>> _byKind = [];
    private readonly DemoRandom _random;
    private readonly DateOnly _historyStart;
    private readonly DateOnly _asOf;
    private int _staffNumber;

    public WorkforceModel(int seed, int population, DateOnly historyStart, DateOnly asOf)
    {
        _random = new DemoRandom(seed, -1);
        _historyStart = historyStart;
        _asOf = asOf;
        double scale = population / (double)DemoBoroughOptions.DefaultChildren;

        var specs = new (string Service, TeamKind Kind, string TeamName, double BaseTeams, WorkerRole[] Roles)[]
        {
            ("Front Door and MASH", TeamKind.Mash, "MASH", 2, [WorkerRole.MashWorker, WorkerRole.MashWorker, WorkerRole.MashWorker, WorkerRole.MashWorker, WorkerRole.MashWorker, WorkerRole.SocialWorker, WorkerRole.SocialWorker, WorkerRole.SeniorPractitioner]),
            ("Assessment", TeamKind.Assessment, "Assessment", 5, SocialWorkers(6)),
            ("Intervention and Planning", TeamKind.ChildInNeed, "Intervention and Planning (CIN)", 5, SocialWorkers(6)),
            ("Intervention and Planning", TeamKind.ChildProtection, "Intervention and Planning (CP)", 3, SocialWorkers(6)),
            ("Children in Care", TeamKind.ChildrenInCare, "Children in Care", 3, SocialWorkers(6)),
            ("Children in Care", TeamKind.Adoption, "Adoption and Permanence", 1, SocialWorkers(4)),
            ("Leaving Care", TeamKind.LeavingCare, "Leaving Care", 3, [WorkerRole.PersonalAdviser, WorkerRole.PersonalAdviser, WorkerRole.PersonalAdviser, WorkerRole.PersonalAdviser, WorkerRole.PersonalAdviser, WorkerRole.PersonalAdviser, WorkerRole.SocialWorker]),
            ("0-25 Disabilities", TeamKind.DisabledChildren, "0-25 Disabilities", 2, [WorkerRole.SocialWorker, WorkerRole.SocialWorker, WorkerRole.SocialWorker, WorkerRole.SocialWorker, WorkerRole.SocialWorker, WorkerRole.SeniorPractitioner, WorkerRole.FamilySupportWorker]),
            ("Early Help", TeamKind.EarlyHelp, "Early Help", 4, Repeat(WorkerRole.FamilySupportWorker, 8)),
            ("Safeguarding and Quality Assurance", TeamKind.IndependentReviewing, "Independent Reviewing Officers", 1, Repeat(WorkerRole.IndependentReviewingOfficer, 6)),
            ("Safeguarding and Quality Assurance", TeamKind.IndependentReviewing, "Child Protection Chairs", 1, Repeat(WorkerRole.ChildProtectionChair, 5)),
        };

        var services = new Dictionary<string, (Service Service, Slot Head)>();
        var teamManagers = new List<(TeamModel Team, Slot Slot)>();
        foreach ((string serviceName, TeamKind kind, string teamName, double baseTeams, WorkerRole[] roles) in specs)
        {
            if (!services.TryGetValue(serviceName, out (Service Service, Slot Head) service))
            {
                service = (new Service { Id = services.Count + 1, Name = serviceName }, NewSlot(WorkerRole.HeadOfService, ManagerLeavingRate, agencyShare: 0.05));
                services[serviceName] = service;
                Services.Add(service.Service);
            }

            int teams = Math.Max(1, (int)Math.Round(baseTeams * scale, MidpointRounding.AwayFromZero));
            int posts = roles.Length;
            if (teams == 1 && baseTeams * scale < 1)
            {
                posts = Math.Clamp((int)Math.Round(roles.Length * baseTeams * scale, MidpointRounding.AwayFromZero), 2, roles.Length);
            }

            for (int t = 1; t <= teams; t++)
            {
                var team = new Team
                {
                    Id = Teams.Count + 1,
                    Name = teams == 1 ? teamName : string.Create(CultureInfo.InvariantCulture, $"{teamName} {t}"),
                    Kind = kind,
                    ServiceId = service.Service.Id,
                };
                Teams.Add(team);
                var caseHolders = new Slot[posts];
                for (int p = 0; p < posts; p++)
                {
                    WorkerRole role = roles[p];
                    caseHolders[p] = NewSlot(role, PermanentLeavingRate, InitialAgencyShare);
                }

                var model = new TeamModel(team, service.Head, NewSlot(WorkerRole.TeamManager, ManagerLeavingRate, agencyShare: 0.1), caseHolders);
                if (!_byKind.TryGetValue(kind, out List<TeamModel>? ofKind))
                {
                    ofKind = [];
                    _byKind[kind] = ofKind;
                }

                ofKind.Add(model);
                teamManagers.Add((model, model.Manager));
                if (roles[0] == WorkerRole.IndependentReviewingOfficer)
                {
                    IroTeams.Add(model);
                }
                else if (roles[0] == WorkerRole.ChildProtectionChair)
                {
                    ChairTeams.Add(model);
                }
            }
        }

        // Ids in write order: heads of service, then team managers, then everyone else (managers before the managed).
        long id = 0;
        foreach ((Service service, Slot head) in services.Values)
        {
            foreach (Tenure tenure in head.Tenures)
            {
                tenure.Worker.Id = ++id;
                HeadsOfService.Add(tenure.Worker);
            }

            service.HeadOfServiceId = (head.At(asOf) ?? head.Tenures[^1]).Worker.Id;
        }

        foreach ((TeamModel team, Slot slot) in teamManagers)
        {
            foreach (Tenure tenure in slot.Tenures)
            {
                tenure.Worker.Id = ++id;
                tenure.Worker.TeamId = team.Team.Id;
                tenure.Worker.ManagerId = team.Head.Nearest(tenure.Start).Worker.Id;
                Staff.Add(tenure.Worker);
            }
        }

        foreach (List<TeamModel> ofKind in _byKind.Values)
        {
            foreach (TeamModel team in ofKind)
            {
                foreach (Slot slot in team.CaseHolders)
                {
                    foreach (Tenure tenure in slot.Tenures)
                    {
                        tenure.Worker.Id = ++id;
                        tenure.Worker.TeamId = team.Team.Id;
                        tenure.Worker.ManagerId = team.Manager.Nearest(tenure.Start).Worker.Id;
                        Staff.Add(tenure.Worker);
                    }
                }
            }
        }
    }

    public List<Worker> HeadsOfService { get; } = [];

    public List<Service> Services { get; } = [];

    public List<Team> Teams { get; } = [];

    /// <summary>Team managers first, then the staff they manage.</summary>
    public List<Worker> Staff { get; } = [];

    public List<TeamModel> IroTeams { get; } = [];

    public List<TeamModel> ChairTeams { get; } = [];

    public IReadOnlyList<TeamModel> TeamsOf(TeamKind kind) => _byKind[kind];

    private static WorkerRole[] SocialWorkers(int socialWorkers)
    {
        var roles = new WorkerRole[socialWorkers + 1];
        Array.Fill(roles, WorkerRole.SocialWorker);
        roles[^1] = WorkerRole.SeniorPractitioner;
        return roles;
    }

    private static WorkerRole[] Repeat(WorkerRole role, int count)
    {
        var roles = new WorkerRole[count];
        Array.Fill(roles, role);
        return roles;
    }

    // A post and its holders from before the history to the as-of date.
    private Slot NewSlot(WorkerRole role, double leavingRate, double agencyShare)
    {
        var slot = new Slot();
        bool agency = _random.Chance(agencyShare);
        DateOnly start = _historyStart.AddDays(-(agency ? _random.Next(365) : _random.Next(3650)));
        DateOnly? end = LeaveDate(_historyStart, agency, leavingRate);
        while (true)
        {
            slot.Tenures.Add(new Tenure(NewWorker(role, agency, start, end), start, end));
            if (end is not { } left)
            {
                break;
            }

            // Half the leavers are replaced at once (agency cover); others leave the post vacant for a while.
            start = left.AddDays(_random.Chance(0.5) ? 1 : _random.Between(14, 90));
            if (start > _asOf)
            {
                break;
            }

            agency = _random.Chance(ReplacementAgencyShare);
            end = LeaveDate(start, agency, leavingRate);
        }

        return slot;
    }

    private DateOnly? LeaveDate(DateOnly from, bool agency, double leavingRate)
    {
        double rate = agency && leavingRate < AgencyLeavingRate ? AgencyLeavingRate : leavingRate;
        int days = 30 + (int)_random.Exponential(365.25 / rate);
        DateOnly end = from.AddDays(days);
        return end > _asOf ? null : end;
    }

    private Worker NewWorker(WorkerRole role, bool agency, DateOnly start, DateOnly? end)
    {
        var group = (DemoLists.NameGroup)_random.Next(7);
        bool female = _random.Chance(0.78);
        string[] firstNames = female ? DemoLists.GirlsNames[(int)group] : DemoLists.BoysNames[(int)group];
        return new Worker
        {
            // SSDA903 SW_ID: a Social Work England registration number (SW...) for registered social workers, XX... for
            // staff who are not registered social workers (SW02STG1).
            StaffNumber = (role is WorkerRole.PersonalAdviser or WorkerRole.FamilySupportWorker or WorkerRole.MashWorker ? "XX" : "SW")
                + (++_staffNumber).ToString("D6", CultureInfo.InvariantCulture),
            FirstName = _random.Pick(firstNames),
            LastName = _random.Pick(DemoLists.Surnames[(int)group]),
            Role = role,
            Employment = agency ? Employment.Agency : Employment.Permanent,
            StartDate = start,
            EndDate = end,
            IsCaseHolding = role is WorkerRole.SocialWorker or WorkerRole.SeniorPractitioner or WorkerRole.PersonalAdviser or WorkerRole.FamilySupportWorker,
        };
    }
}

/// <summary>A team and its posts.</summary>
internal sealed class TeamModel(Team team, Slot head, Slot manager, Slot[] caseHolders)
{
    public Team Team { get; } = team;

    public Slot Head { get; } = head;

    public Slot Manager { get; } = manager;

    public Slot[] CaseHolders { get; } = caseHolders;

    /// <summary>Someone in post in the team on the day, from a random post onwards; null if every post is vacant.</summary>
    public Tenure? WorkerAt(DateOnly date, DemoRandom random)
    {
        int first = random.Next(CaseHolders.Length);
        for (int i = 0; i < CaseHolders.Length; i++)
        {
            if (CaseHolders[(first + i) % CaseHolders.Length].At(date) is { } tenure)
            {
                return tenure;
            }
        }

        return null;
    }

    /// <summary>The first day after <paramref name="date"/> on which someone starts in one of the team's posts.</summary>
    public DateOnly? NextStartAfter(DateOnly date)
    {
        DateOnly? next = null;
        foreach (Slot slot in CaseHolders)
        {
            foreach (Tenure tenure in slot.Tenures)
            {
                if (tenure.Start > date && (next is null || tenure.Start < next))
                {
                    next = tenure.Start;
                }
            }
        }

        return next;
    }

    /// <summary>The team manager on the day, or the nearest in time when the post was vacant.</summary>
    public long ManagerIdAt(DateOnly date) => Manager.Nearest(date).Worker.Id;
}

/// <summary>A post: its holders in order.</summary>
internal sealed class Slot
{
    public List<Tenure> Tenures { get; } = [];

    public Tenure? At(DateOnly date)
    {
        foreach (Tenure tenure in Tenures)
        {
            if (tenure.Start <= date && (tenure.End is not { } end || date <= end))
            {
                return tenure;
            }
        }

        return null;
    }

    public Tenure Nearest(DateOnly date)
    {
        Tenure best = Tenures[0];
        int bestDistance = int.MaxValue;
        foreach (Tenure tenure in Tenures)
        {
            int distance = tenure.Start > date ? tenure.Start.DayNumber - date.DayNumber
                : tenure.End is { } end && end < date ? date.DayNumber - end.DayNumber
                : 0;
            if (distance < bestDistance)
            {
                best = tenure;
                bestDistance = distance;
            }
        }

        return best;
    }
}

/// <summary>One worker's time in a post; End is their last day, null while still in post.</summary>
internal sealed record Tenure(OpenCsc.Workforce.Worker Worker, DateOnly Start, DateOnly? End);

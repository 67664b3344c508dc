using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc.BrowserTests.Infrastructure;

/// <summary>
/// The browser tests' children, as at Monday 15 June 2026. Ann Worker (Team A) holds Amy Overdue, on a CP plan since 5
/// January and last seen on Friday 1 May, so her CP visit was due on Monday 18 May (10 working days, 4 May a bank
/// holiday) and is overdue; and Cal Inneed, on a CIN plan. Bob Worker (Team B) holds Zoe Elsewhere. One account per
/// role; practitioners' accounts are Ann's (social worker) and Tess Manager's (team manager).
/// </summary>
public sealed class BrowserBorough
{
    public const string Password = "browser-test-password";

    public long Amy { get; private init; }

    public long Zoe { get; private init; }

    /// <summary>Ann's worker record (Tess supervises her) and Amy's child protection plan.</summary>
    public long Ann { get; private init; }

    public long AmyPlan { get; private init; }

    public static async Task<BrowserBorough> InsertAsync(DatabaseSettings settings, DateTimeOffset now)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        db.AuditContext = OpenCsc.Audit.AuditContext.ForSystem("browser tests");
        var service = new Service { Name = "Children's services" };
        var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildProtection, Service = service };
        var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = service };
        Worker W(string number, string first, string last, WorkerRole role, Team team) => new()
        {
            StaffNumber = number,
            FirstName = first,
            LastName = last,
            Role = role,
            Team = team,
            StartDate = new DateOnly(2020, 1, 1),
            IsCaseHolding = role == WorkerRole.SocialWorker,
        };
        Worker ann = W("ANN1", "Ann", "Worker", WorkerRole.SocialWorker, teamA), bob = W("BOB1", "Bob", "Worker", WorkerRole.SocialWorker, teamB),
            tess = W("TESS1", "Tess", "Manager", WorkerRole.TeamManager, teamA);
        var amy = new Child { LaChildId = "AMY001", FirstName = "Amy", LastName = "Overdue", Sex = "F", DateOfBirth = new DateOnly(2016, 3, 1) };
        var cal = new Child { LaChildId = "CAL001", FirstName = "Cal", LastName = "Inneed", Sex = "M", DateOfBirth = new DateOnly(2014, 7, 9) };
        var zoe = new Child { LaChildId = "ZOE001", FirstName = "Zoe", LastName = "Elsewhere", Sex = "F", DateOfBirth = new DateOnly(2012, 3, 1) };
        var amyEpisode = new CinEpisode { Child = amy, ReferralDate = new DateOnly(2025, 12, 1), ReferralSource = "1A" };
        var calEpisode = new CinEpisode { Child = cal, ReferralDate = new DateOnly(2026, 2, 1), ReferralSource = "1A" };
        var amyPlan = new ChildProtectionPlan { CinEpisode = amyEpisode, Child = amy, StartDate = new DateOnly(2026, 1, 5), InitialCategory = "NEG", LatestCategory = "NEG" };
        db.AddRange(service, teamA, teamB, ann, bob, tess, amy, cal, zoe, amyEpisode, calEpisode, amyPlan,
            new Visit { Child = amy, Kind = VisitKind.ChildProtection, VisitDate = new DateOnly(2026, 5, 1), RecordedAt = new DateTime(2026, 5, 1, 16, 0, 0), ChildSeen = true, SeenAlone = true },
            new CinPlan { CinEpisode = calEpisode, Child = cal, StartDate = new DateOnly(2026, 3, 2) },
            new Visit { Child = cal, Kind = VisitKind.ChildInNeed, VisitDate = new DateOnly(2026, 6, 10), RecordedAt = new DateTime(2026, 6, 10, 16, 0, 0), ChildSeen = true, SeenAlone = false },
            new Allocation { Child = amy, Team = teamA, Worker = ann, StartDate = new DateOnly(2026, 1, 5) },
            new Allocation { Child = cal, Team = teamA, Worker = ann, StartDate = new DateOnly(2026, 2, 1) },
            new Allocation { Child = zoe, Team = teamB, Worker = bob, StartDate = new DateOnly(2026, 1, 5) });
        await db.SaveChangesAsync();

        (string User, StaffRole Role, string? Worker)[] accounts =
        [
            ("ann.worker", StaffRole.SocialWorker, "ANN1"),
            ("tess.manager", StaffRole.TeamManager, "TESS1"),
            ("pat.analyst", StaffRole.PerformanceAnalyst, null),
            ("quinn.auditor", StaffRole.QaAuditor, null),
            ("sys.admin", StaffRole.SystemAdministrator, null),
            ("mo.member", StaffRole.ReadOnlyMember, null),
        ];
        foreach (var (user, role, worker) in accounts)
        {
            await CreateAccount.RunAsync(db, new CreateAccountCommand(user, role, Password, worker, user));
        }

        return new BrowserBorough { Amy = amy.Id, Zoe = zoe.Id, Ann = ann.Id, AmyPlan = amyPlan.Id };
    }
}

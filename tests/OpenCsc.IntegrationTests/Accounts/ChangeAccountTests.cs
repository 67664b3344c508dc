using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Web;
using OpenCsc.Recording;
using OpenCsc.Workforce;

namespace OpenCsc.IntegrationTests.Accounts;

/// <summary>
/// An administrator (Ada) changes Sam's account and names him on Rita's restricted record; every change is a
/// permission change in the audit trail, and the account's security stamp changes with it.
/// </summary>
public sealed class ChangeAccountTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = WebTestApp.Now;
    private readonly TestDatabases _databases = new(postgres);

    private static AppDbContext Open(DatabaseSettings settings)
    {
        AppDbContext db = AppDatabase.CreateContext(settings, new FixedTimeProvider(Now));
        db.AuditContext = new AuditContext("1", "Ada", "127.0.0.1");
        return db;
    }

    private static async Task<(StaffUser Ada, long Sam, long Rita)> InsertAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = Open(settings);
        var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
        db.AddRange(team,
            new Worker { StaffNumber = "SW1", FirstName = "Sam", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) },
            new Worker { StaffNumber = "TM1", FirstName = "Sam", LastName = "Worker", Role = WorkerRole.TeamManager, Team = team, StartDate = new DateOnly(2020, 1, 1) },
            new Child { LaChildId = "RITA", FirstName = "Rita", LastName = "Child", IsRestricted = true },
            new Child { LaChildId = "OPEN", FirstName = "Otto", LastName = "Child" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        StaffAccount ada = await CreateAccount.RunAsync(db, new CreateAccountCommand("ada", StaffRole.SystemAdministrator, "correct horse battery", DisplayName: "Ada"), TestContext.Current.CancellationToken);
        StaffAccount sam = await CreateAccount.RunAsync(db, new CreateAccountCommand("sam", StaffRole.SocialWorker, "correct horse battery", "SW1", "Sam Worker"), TestContext.Current.CancellationToken);
        long rita = await db.Children.Where(c => c.LaChildId == "RITA").Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
        return (new StaffUser(ada.Id, "Ada", StaffRole.SystemAdministrator, null), sam.Id, rita);
    }

    private static async Task<string[]> PermissionChangesAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = Open(settings);
        return [.. (await db.AuditEntries.Where(e => e.Action == AuditAction.PermissionChange).OrderBy(e => e.Sequence).Select(e => e.Details!).ToListAsync(TestContext.Current.CancellationToken))];
    }

    private static async Task<StaffAccount> AccountAsync(DatabaseSettings settings, long id)
    {
        await using AppDbContext db = Open(settings);
        return await db.StaffAccounts.AsNoTracking().SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken);
    }

    /// <summary>The administrator's recording context (no child: the person and today).</summary>
    private static async Task<RecordingContext> ContextAsync(AppDbContext db, StaffUser admin)
    {
        var clock = new FixedTimeProvider(Now);
        ChildScope scope = await ChildScope.ForAsync(db, admin, DateOnly.FromDateTime(Now.UtcDateTime), Now.UtcDateTime, TestContext.Current.CancellationToken);
        return new RecordingContext(db.AuditContext, scope, clock, StatutoryTimescales.Default, WorkingDayCalendar.EnglandAndWales());
    }

    /// <summary>The problems found (none when saved).</summary>
    private static async Task<IReadOnlyList<FieldProblem>> ChangeAsync(DatabaseSettings settings, StaffUser admin, long account, AccountChanges changes)
    {
        await using AppDbContext db = Open(settings);
        var command = new ChangeAccountCommand(account, changes.DisplayName, Enum.TryParse(changes.Role, out StaffRole role) ? role : (StaffRole)(-1), changes.WorkerStaffNumber, changes.Active, changes.Unlock, changes.Version);
        return (await ChangeAccount.RunAsync(db, await ContextAsync(db, admin), command, TestContext.Current.CancellationToken)).Problems;
    }

    /// <summary>The account's fields as a test writes them (the role by name, as the form sends it).</summary>
    private sealed record AccountChanges(string? DisplayName, string? Role, string? WorkerStaffNumber, bool Active, bool Unlock, string? Version);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChangingRoleAndWorker_IsAuditedAsPermissionChanges_AndChangesTheSecurityStamp(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        var (ada, sam, _) = await InsertAsync(settings);
        StaffAccount before = await AccountAsync(settings, sam);

        IReadOnlyList<FieldProblem> errors = await ChangeAsync(settings, ada, sam, new AccountChanges("Sam Worker", "TeamManager", "TM1", true, false, before.ConcurrencyStamp));

        Assert.Empty(errors);
        StaffAccount after = await AccountAsync(settings, sam);
        Assert.Equal(StaffRole.TeamManager, after.Role);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.NotEqual(before.ConcurrencyStamp, after.ConcurrencyStamp);
        Assert.Equal(
            [
                """{"change":"created ada as System administrator"}""",
                """{"change":"created sam as Social worker, worker SW1"}""",
                """{"change":"sam: role Social worker to Team manager"}""",
                """{"change":"sam: worker SW1 to TM1"}""",
            ],
            await PermissionChangesAsync(settings));

        // Nothing changed: nothing saved, nothing audited.
        Assert.Empty(await ChangeAsync(settings, ada, sam, new AccountChanges("Sam Worker", "TeamManager", "TM1", true, false, after.ConcurrencyStamp)));
        Assert.Equal(4, (await PermissionChangesAsync(settings)).Length);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AStaleForm_OwnRole_UnknownWorker_AndAPractitionerWithoutWorker_AreRefused_AndNothingChanges(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        var (ada, sam, _) = await InsertAsync(settings);
        string version = (await AccountAsync(settings, sam)).ConcurrencyStamp!;

        Assert.Equal([new FieldProblem(nameof(ChangeAccountCommand.Version), ChangeAccount.ConflictMessage)],
            await ChangeAsync(settings, ada, sam, new AccountChanges("Sam", "SocialWorker", "SW1", false, false, "an older version")));
        Assert.Equal([new FieldProblem(nameof(ChangeAccountCommand.WorkerStaffNumber), "Enter the staff number of a worker in the database ('SW9' is not one)")],
            await ChangeAsync(settings, ada, sam, new AccountChanges("Sam", "SocialWorker", "SW9", true, false, version)));
        Assert.Equal([new FieldProblem(nameof(ChangeAccountCommand.WorkerStaffNumber), "Enter the staff number of the worker this social worker is: it decides which children they see")],
            await ChangeAsync(settings, ada, sam, new AccountChanges("Sam", "SocialWorker", " ", true, false, version)));
        Assert.Equal([new FieldProblem(nameof(ChangeAccountCommand.DisplayName), "Enter the person's name, 200 characters or fewer"), new FieldProblem(nameof(ChangeAccountCommand.Role), "Select the role")],
            await ChangeAsync(settings, ada, sam, new AccountChanges("", "Wizard", "SW1", true, false, version)));
        string adaVersion = (await AccountAsync(settings, ada.AccountId)).ConcurrencyStamp!;
        Assert.Equal([new FieldProblem(nameof(ChangeAccountCommand.Role), "You cannot change your own role or deactivate your own account: ask another administrator")],
            await ChangeAsync(settings, ada, ada.AccountId, new AccountChanges("Ada", "QaAuditor", null, true, false, adaVersion)));
        Assert.Equal([new FieldProblem(nameof(ChangeAccountCommand.Active), "You cannot change your own role or deactivate your own account: ask another administrator")],
            await ChangeAsync(settings, ada, ada.AccountId, new AccountChanges("Ada", "SystemAdministrator", null, false, false, adaVersion)));

        StaffAccount unchanged = await AccountAsync(settings, sam);
        Assert.Equal(("Sam Worker", StaffRole.SocialWorker, true, version), (unchanged.DisplayName, unchanged.Role, unchanged.IsActive, unchanged.ConcurrencyStamp));
        Assert.Equal(2, (await PermissionChangesAsync(settings)).Length);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task NamingOnARestrictedRecord_LetsThePersonSeeIt_AndTakingThemOffStopsIt(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        var (ada, sam, rita) = await InsertAsync(settings);
        CancellationToken ct = TestContext.Current.CancellationToken;

        async Task<bool> SamSeesRitaAsync()
        {
            await using AppDbContext db = Open(settings);
            var user = new StaffUser(sam, "Sam", StaffRole.SocialWorker, null);
            return await (await ChildScope.ForAsync(db, user, new DateOnly(2026, 6, 15), Now.UtcDateTime, ct)).CanSeeAsync(db, rita, ct);
        }

        async Task<string?> NameAsync(string? la)
        {
            await using AppDbContext db = Open(settings);
            RecordingResult<ChildAccessGrant> result = await NameOnRestrictedRecord.RunAsync(db, await ContextAsync(db, ada), new NameOnRestrictedRecordCommand(sam, la ?? ""), ct);
            return result.Problems.SingleOrDefault()?.Message;
        }

        Assert.Equal("Enter the child's LA id", await NameAsync(" "));
        Assert.Equal("There is no child with LA id 'NOBODY'", await NameAsync("NOBODY"));
        Assert.Equal("The record OPEN is not restricted: everyone with a need to know already sees it", await NameAsync("OPEN"));
        Assert.False(await SamSeesRitaAsync());
        string stamp = (await AccountAsync(settings, sam)).SecurityStamp!;
        Assert.Null(await NameAsync(" RITA "));
        Assert.Equal("This person is already named on RITA", await NameAsync("RITA"));
        Assert.True(await SamSeesRitaAsync());
        Assert.NotEqual(stamp, (await AccountAsync(settings, sam)).SecurityStamp);

        await using (AppDbContext db = Open(settings))
        {
            Assert.Equal([(rita, "RITA")], await NameOnRestrictedRecord.ListAsync(db, sam, ct));
            RecordingContext context = await ContextAsync(db, ada);
            Assert.True((await NameOnRestrictedRecord.RunAsync(db, context, new TakeOffRestrictedRecordCommand(sam, rita), ct)).IsSaved);
            Assert.False((await NameOnRestrictedRecord.RunAsync(db, context, new TakeOffRestrictedRecordCommand(sam, rita), ct)).IsSaved);
        }

        Assert.False(await SamSeesRitaAsync());
        Assert.Equal(
            ["""{"change":"sam: named on restricted record RITA"}""", """{"change":"sam: taken off restricted record RITA"}"""],
            (await PermissionChangesAsync(settings)).Skip(2));
    }
}

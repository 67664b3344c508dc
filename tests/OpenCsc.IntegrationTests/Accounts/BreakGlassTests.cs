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
/// Break-glass on both engines, at 12:00 UTC on 15 June 2026. Service North (head of service Hana) has Team A (team
/// manager Tom, social worker Sam) and Team B (team manager Tara, social worker Bea). Cara is allocated to Bea; Rita,
/// also Bea's, is restricted with nobody named. Sam opens Cara's record by break-glass.
/// </summary>
public sealed class BreakGlassTests(PostgresServer postgres)
{
    private static readonly DateTime Noon = new(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 15);
    private readonly TestDatabases _databases = new(postgres);

    private sealed record People(StaffUser Sam, StaffUser Tom, StaffUser Tara, StaffUser Hana, StaffUser Member, StaffUser Auditor, long Cara, long Rita);

    private static async Task<People> InsertAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings, new FixedTimeProvider(WebTestApp.Now));
        CancellationToken ct = TestContext.Current.CancellationToken;
        var north = new Service { Name = "North" };
        var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = north };
        var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = north };
        Worker W(string name, WorkerRole role, Team team) => new() { StaffNumber = name, FirstName = name, LastName = "Staff", Role = role, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        Worker sam = W("Sam", WorkerRole.SocialWorker, teamA), tom = W("Tom", WorkerRole.TeamManager, teamA),
            bea = W("Bea", WorkerRole.SocialWorker, teamB), tara = W("Tara", WorkerRole.TeamManager, teamB), hana = W("Hana", WorkerRole.HeadOfService, teamA);
        var cara = new Child { LaChildId = "CARA", FirstName = "Cara", LastName = "Child", DateOfBirth = new DateOnly(2015, 1, 1) };
        var rita = new Child { LaChildId = "RITA", FirstName = "Rita", LastName = "Child", DateOfBirth = new DateOnly(2015, 1, 1), IsRestricted = true };
        db.AddRange(north, teamA, teamB, sam, tom, bea, tara, hana, cara, rita,
            new Allocation { Child = cara, Team = teamB, Worker = bea, StartDate = new DateOnly(2026, 1, 1) },
            new Allocation { Child = rita, Team = teamB, Worker = bea, StartDate = new DateOnly(2026, 1, 1) });
        await db.SaveChangesAsync(ct);
        north.HeadOfServiceId = hana.Id;
        await db.SaveChangesAsync(ct);

        StaffUser Account(string name, StaffRole role, Worker? worker)
        {
            StaffAccount account = DemoAccounts.Account(name.ToLowerInvariant(), role, null, name, demo: false);
            account.WorkerId = worker?.Id;
            db.StaffAccounts.Add(account);
            db.SaveChanges();
            return new StaffUser(account.Id, name, role, worker?.Id);
        }

        return new People(
            Account("Sam", StaffRole.SocialWorker, sam), Account("Tom", StaffRole.TeamManager, tom), Account("Tara", StaffRole.TeamManager, tara),
            Account("Hana", StaffRole.HeadOfService, hana), Account("Mia", StaffRole.ReadOnlyMember, null), Account("Ada", StaffRole.QaAuditor, null),
            cara.Id, rita.Id);
    }

    private static AppDbContext Open(DatabaseSettings settings, StaffUser user)
    {
        AppDbContext db = AppDatabase.CreateContext(settings, new FixedTimeProvider(WebTestApp.Now));
        db.AuditContext = new AuditContext(user.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture), user.DisplayName, "127.0.0.1");
        return db;
    }

    private static async Task<bool> SeesAsync(DatabaseSettings settings, StaffUser user, long child, DateTime now)
    {
        await using AppDbContext db = Open(settings, user);
        ChildScope scope = await ChildScope.ForAsync(db, user, DateOnly.FromDateTime(now), now, TestContext.Current.CancellationToken);
        return await scope.CanSeeAsync(db, child, TestContext.Current.CancellationToken);
    }

    /// <summary>The person's recording context at <paramref name="now"/>, on a database context with the same clock.</summary>
    private static async Task<(AppDbContext Db, RecordingContext Context)> OpenAsync(DatabaseSettings settings, StaffUser user, DateTime now)
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(now, TimeSpan.Zero));
        AppDbContext db = AppDatabase.CreateContext(settings, clock);
        db.AuditContext = new AuditContext(user.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture), user.DisplayName, "127.0.0.1");
        ChildScope scope = await ChildScope.ForAsync(db, user, DateOnly.FromDateTime(now), now, TestContext.Current.CancellationToken);
        return (db, new RecordingContext(db.AuditContext, scope, clock, StatutoryTimescales.Default, WorkingDayCalendar.EnglandAndWales()));
    }

    private static async Task<(RecordingOutcome Outcome, string? Error)> BreakGlassAsync(DatabaseSettings settings, StaffUser user, long child, string? reason)
    {
        var (db, context) = await OpenAsync(settings, user, Noon);
        await using (db)
        {
            RecordingResult<BreakGlassAccess> result = await OpenByBreakGlass.RunAsync(db, context, new OpenByBreakGlassCommand(child, reason), TestContext.Current.CancellationToken);
            return (result.Outcome, result.Problems.SingleOrDefault()?.Message);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AReasonOfTenCharactersOrMore_OpensTheRecordForEightHours_AndTheAuditTrailSaysWhy(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        People p = await InsertAsync(settings);
        Assert.False(await SeesAsync(settings, p.Sam, p.Cara, Noon));

        Assert.Equal((RecordingOutcome.Invalid, "Enter why you need to open this record"), await BreakGlassAsync(settings, p.Sam, p.Cara, "   "));
        Assert.Equal(
            (RecordingOutcome.Invalid, "The reason must be at least 10 characters, so your manager can judge it"),
            await BreakGlassAsync(settings, p.Sam, p.Cara, " duty call "));
        Assert.Equal(
            (RecordingOutcome.Invalid, "The reason must be 1,000 characters or fewer"),
            await BreakGlassAsync(settings, p.Sam, p.Cara, new string('x', 1001)));
        Assert.False(await SeesAsync(settings, p.Sam, p.Cara, Noon));

        // Exactly ten characters once trimmed.
        Assert.Equal((RecordingOutcome.Saved, null), await BreakGlassAsync(settings, p.Sam, p.Cara, "  EDT call 1  "));
        Assert.True(await SeesAsync(settings, p.Sam, p.Cara, Noon));
        Assert.True(await SeesAsync(settings, p.Sam, p.Cara, Noon.AddHours(8).AddSeconds(-1)));
        Assert.False(await SeesAsync(settings, p.Sam, p.Cara, Noon.AddHours(8)));
        // Only Sam: Tom, his manager, is not let in by Sam's break-glass.
        Assert.False(await SeesAsync(settings, p.Tom, p.Cara, Noon));

        await using AppDbContext db = Open(settings, p.Sam);
        BreakGlassAccess access = await db.BreakGlassAccesses.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((p.Cara, p.Sam.AccountId, "EDT call 1", Noon, Noon.AddHours(8), (DateTime?)null),
            (access.ChildId, access.StaffAccountId, access.Reason, access.OpenedAt, access.ExpiresAt, access.AcknowledgedAt));
        AuditEntry glass = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.BreakGlass, TestContext.Current.CancellationToken);
        Assert.Equal(("Sam", (long?)p.Cara, """{"reason":"EDT call 1"}"""), (glass.UserName, glass.ChildId, glass.Details));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ARestrictedRecord_IsNotOpened_ButTheAttemptIsInTheAuditTrail_AndMembersAndAuditorsCannotBreakGlass(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        People p = await InsertAsync(settings);

        Assert.Equal((RecordingOutcome.Refused, null), await BreakGlassAsync(settings, p.Sam, p.Rita, "Sibling's strategy discussion"));
        Assert.False(await SeesAsync(settings, p.Sam, p.Rita, Noon));
        Assert.Equal((RecordingOutcome.Refused, null), await BreakGlassAsync(settings, p.Member, p.Cara, "I am a councillor asking"));
        Assert.Equal((RecordingOutcome.Refused, null), await BreakGlassAsync(settings, p.Auditor, p.Rita, "Audit of adoption files"));
        Assert.Equal((RecordingOutcome.NotFound, null), await BreakGlassAsync(settings, p.Sam, 999_999, "Sibling's strategy discussion"));

        await using AppDbContext db = Open(settings, p.Sam);
        Assert.Equal(0, await db.BreakGlassAccesses.CountAsync(TestContext.Current.CancellationToken));
        AuditEntry attempt = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.BreakGlass, TestContext.Current.CancellationToken);
        Assert.Equal((p.Rita, """{"reason":"refused, restricted record: Sibling's strategy discussion"}"""), (attempt.ChildId!.Value, attempt.Details));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TheAccess_IsListedForTheTeamManagerAndHeadOfService_NotForOthers_AndIsAcknowledgedOnce(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        People p = await InsertAsync(settings);
        Assert.Equal(RecordingOutcome.Saved, (await BreakGlassAsync(settings, p.Sam, p.Cara, "Emergency duty call tonight")).Outcome);
        CancellationToken ct = TestContext.Current.CancellationToken;

        async Task<(int Count, string People)> ListAsync(StaffUser user, bool all = false)
        {
            await using AppDbContext db = Open(settings, user);
            IReadOnlyList<BreakGlassRow> rows = await ListBreakGlassAccesses.RunAsync(db, user, all, ct);
            return (await ListBreakGlassAccesses.CountToReviewAsync(db, user, ct), string.Join(" | ", rows.Select(r => $"{r.Person}:{r.ChildId}:{r.Reason}")));
        }

        string expected = $"Sam:{p.Cara}:Emergency duty call tonight";
        Assert.Equal((1, expected), await ListAsync(p.Tom));
        Assert.Equal((1, expected), await ListAsync(p.Hana));
        Assert.Equal((0, ""), await ListAsync(p.Tara));
        Assert.Equal((0, ""), await ListAsync(p.Sam));
        Assert.Equal((0, expected), await ListAsync(p.Auditor));

        async Task<bool> AcknowledgeAsync(StaffUser user)
        {
            var (db, context) = await OpenAsync(settings, user, Noon.AddHours(1));
            await using (db)
            {
                var access = await db.BreakGlassAccesses.Select(b => new { b.Id, b.RowVersion }).SingleAsync(ct);
                return (await AcknowledgeBreakGlass.RunAsync(db, context, new AcknowledgeBreakGlassCommand(access.Id, access.RowVersion), ct)).IsSaved;
            }
        }

        Assert.False(await AcknowledgeAsync(p.Sam));
        Assert.False(await AcknowledgeAsync(p.Tara));
        Assert.False(await AcknowledgeAsync(p.Auditor));
        Assert.True(await AcknowledgeAsync(p.Tom));
        Assert.False(await AcknowledgeAsync(p.Hana));

        Assert.Equal((0, ""), await ListAsync(p.Tom));
        Assert.Equal((0, expected), await ListAsync(p.Hana, all: true));
        await using AppDbContext check = Open(settings, p.Tom);
        BreakGlassAccess access = await check.BreakGlassAccesses.SingleAsync(ct);
        Assert.Equal((p.Tom.AccountId, Noon.AddHours(1)), (access.AcknowledgedByAccountId!.Value, access.AcknowledgedAt!.Value));
        AuditEntry change = await check.AuditEntries.Where(e => e.EntityType == nameof(BreakGlassAccess) && e.Action == AuditAction.Update).SingleAsync(ct);
        Assert.Equal("Tom", change.UserName);
    }

}

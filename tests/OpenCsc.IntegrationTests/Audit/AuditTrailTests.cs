using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Audit;

/// <summary>Events that change no row are recorded as the context's user, in the caller's transaction when there is one.</summary>
public sealed class AuditTrailTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task RecordAsync_EachKindOfEvent_StoredAsGivenAndChained(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            db.AuditContext = new AuditContext("u-9", "Ada Auditor", "2001:db8::1");
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(42), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.Searched("smith", 3), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.Exported("cin-census", ("year", 2025)), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.Downloaded("chronology.csv", 42), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.SignedIn(), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.SignInFailed("ada", "wrong password"), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.PermissionChanged("u-3", "added role TeamManager"), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.BrokeGlass(42, "duty out of hours"), ct);
        }

        List<AuditEntry> entries = await AuditTestData.EntriesAsync(settings);

        Assert.Equal(
            [
                (1L, AuditAction.View, "Child", "42", 42L, null),
                (2, AuditAction.Search, null, null, null, """{"terms":"smith","results":3}"""),
                (3, AuditAction.Export, null, null, null, """{"what":"cin-census","year":2025}"""),
                (4, AuditAction.Download, "Child", "42", 42, """{"what":"chronology.csv"}"""),
                (5, AuditAction.SignIn, null, null, null, null),
                (6, AuditAction.SignInFailed, "User", "ada", null, """{"reason":"wrong password"}"""),
                (7, AuditAction.PermissionChange, "User", "u-3", null, """{"change":"added role TeamManager"}"""),
                (8, AuditAction.BreakGlass, "Child", "42", 42, """{"reason":"duty out of hours"}"""),
            ],
            entries.Select(e => (e.Sequence, e.Action, e.EntityType, e.EntityId, e.ChildId, e.Details)));
        Assert.All(entries, e => Assert.Equal(("u-9", "Ada Auditor", "2001:db8::1"), (e.UserId, e.UserName, e.Address)));
        Assert.All(entries.Skip(1), (e, i) => Assert.Equal(entries[i].Hash, e.PreviousHash));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task RecordAsync_InsideARolledBackTransaction_IsRolledBackWithIt(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await AuditTrail.RecordAsync(db, AuditEvent.Exported("ssda903"), ct);
            await transaction.RollbackAsync(ct);
        }

        Assert.Empty(await AuditTestData.EntriesAsync(settings));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task RecordAsync_LeavesTheCallersPendingChangesUnsaved(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using AppDbContext db = AuditTestData.Open(settings);
        db.Children.Add(AuditTestData.Child("C1", "Fay"));

        await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(7), ct);

        Assert.True(db.ChangeTracker.HasChanges());
        AuditEntry only = Assert.Single(await AuditTestData.EntriesAsync(settings));
        Assert.Equal(AuditAction.View, only.Action);
    }
}

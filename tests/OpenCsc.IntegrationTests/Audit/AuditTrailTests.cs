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

    /// <summary>
    /// A page about one child names it in the child column; a list names its children in the details; a refusal names
    /// the child asked for. "Who saw child 4" finds the list entries naming 4 wherever it stands in the list, and not
    /// those naming 14, 40 or 41.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ViewsOfListsAndRefusals_AreStoredAsGiven_AndFoundByChild(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            db.AuditContext = new AuditContext("u-9", "Ada Auditor", "10.0.0.9");
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChildren("/children/4/visits/new", [4]), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChildren("/caseload", [41, 4, 14]), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChildren("/front-door", [40, 4]), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChildren("/trackers/visits", [4, 40]), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChildren("/caseload", [14, 40, 41]), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.Refused("/children/4", 4), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.ExportedChildren("tracker visits", [40, 4], ("rows", 2)), ct);
        }

        List<AuditEntry> entries = await AuditTestData.EntriesAsync(settings);
        Assert.Equal(
            [
                (1L, AuditAction.View, "Child", "4", 4L, """{"page":"/children/4/visits/new"}"""),
                (2, AuditAction.View, null, null, null, """{"page":"/caseload","children":[4,14,41]}"""),
                (3, AuditAction.View, null, null, null, """{"page":"/front-door","children":[4,40]}"""),
                (4, AuditAction.View, null, null, null, """{"page":"/trackers/visits","children":[4,40]}"""),
                (5, AuditAction.View, null, null, null, """{"page":"/caseload","children":[14,40,41]}"""),
                (6, AuditAction.Refused, "Child", "4", 4, """{"page":"/children/4"}"""),
                (7, AuditAction.Export, null, null, null, """{"what":"tracker visits","rows":2,"children":[4,40]}"""),
            ],
            entries.Select(e => (e.Sequence, e.Action, e.EntityType, e.EntityId, e.ChildId, e.Details)));

        await using AppDbContext read = AuditTestData.Open(settings);
        Assert.Equal([7L, 6, 4, 3, 2, 1], (await ListAuditEntries.RunAsync(read, new AuditQuery(ChildId: 4), ct)).Select(e => e.Sequence));
        Assert.Equal([7L, 5, 4, 3], (await ListAuditEntries.RunAsync(read, new AuditQuery(ChildId: 40), ct)).Select(e => e.Sequence));
        Assert.Equal([5L, 2], (await ListAuditEntries.RunAsync(read, new AuditQuery(ChildId: 14), ct)).Select(e => e.Sequence));
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Data;

/// <summary>Two people editing the same record: the second is refused, on both engines, and nothing of theirs is saved.</summary>
public sealed class EditConflictsTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task EachSavedChange_RaisesTheVersion_AndAnEditOnTheOldVersionIsRefused(Engine engine)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        long childId = await AddChildAsync(settings, ct);

        // Both open the child's record at version 0.
        int seenByFirst, seenBySecond;
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            Child child = await db.Children.SingleAsync(c => c.Id == childId, ct);
            Assert.Equal(0, child.RowVersion);
            seenByFirst = seenBySecond = child.RowVersion;
        }

        await using (AppDbContext first = AppDatabase.CreateContext(settings))
        {
            Child child = await first.Children.SingleAsync(c => c.Id == childId, ct);
            Assert.True(first.IsAsSeen(child, seenByFirst));
            child.FirstName = "Amara";
            Assert.True(await first.TrySaveAsync(ct));
        }

        await using (AppDbContext second = AppDatabase.CreateContext(settings))
        {
            Child child = await second.Children.SingleAsync(c => c.Id == childId, ct);
            Assert.Equal(1, child.RowVersion);
            Assert.False(second.IsAsSeen(child, seenBySecond));
            Assert.False(second.IsAsSeen(child, (int?)null));
            Assert.False(second.IsAsSeen(child, 99));
        }

        await using AppDbContext check = AppDatabase.CreateContext(settings);
        var saved = await check.Children.Where(c => c.Id == childId).Select(c => new { c.FirstName, c.RowVersion }).SingleAsync(ct);
        Assert.Equal(("Amara", 1), (saved.FirstName, saved.RowVersion));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TwoSavesThatRace_TheSecondFailsInTheDatabase_AndLeavesTheFirstsChange(Engine engine)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        long childId = await AddChildAsync(settings, ct);

        await using AppDbContext first = AppDatabase.CreateContext(settings);
        await using AppDbContext second = AppDatabase.CreateContext(settings);
        Child mine = await first.Children.SingleAsync(c => c.Id == childId, ct);
        Child theirs = await second.Children.SingleAsync(c => c.Id == childId, ct);
        Assert.True(first.IsAsSeen(mine, 0));
        Assert.True(second.IsAsSeen(theirs, 0));
        mine.FirstName = "Amara";
        theirs.FirstName = "Bea";

        Assert.True(await first.TrySaveAsync(ct));
        Assert.False(await second.TrySaveAsync(ct));
        Assert.Empty(second.ChangeTracker.Entries());

        await using AppDbContext check = AppDatabase.CreateContext(settings);
        var saved = await check.Children.Where(c => c.Id == childId).Select(c => new { c.FirstName, c.RowVersion }).SingleAsync(ct);
        Assert.Equal(("Amara", 1), (saved.FirstName, saved.RowVersion));
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.Action == OpenCsc.Audit.AuditAction.Update, ct));
    }

    private static async Task<long> AddChildAsync(DatabaseSettings settings, CancellationToken ct)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        var child = new Child { LaChildId = "C1", FirstName = "Ada", LastName = "Okafor", DateOfBirth = new DateOnly(2015, 3, 1), Sex = "F", Ethnicity = "WBRI" };
        db.Children.Add(child);
        await db.SaveChangesAsync(ct);
        return child.Id;
    }
}

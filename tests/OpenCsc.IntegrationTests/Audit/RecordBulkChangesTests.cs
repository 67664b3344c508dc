using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Audit;

/// <summary>A bulk operation in its own transaction is summarised once, as it commits, and holds up no one until then.</summary>
public sealed class RecordBulkChangesTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SavesInTheCallersTransaction_OneSummaryAtCommit_RowsSummed(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using (AppDbContext db = AuditTestData.Open(settings))
        using (db.RecordChangesInBulk("import 903.zip"))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Children.AddRange(AuditTestData.Child("C1", "A"), AuditTestData.Child("C2", "B"));
            await db.SaveChangesAsync(ct);
            var third = AuditTestData.Child("C3", "C");
            db.Children.Add(third);
            await db.SaveChangesAsync(ct);
            third.FirstName = "Cy";
            await db.SaveChangesAsync(ct);
            Assert.Empty(await AuditTestData.EntriesAsync(settings));
            await transaction.CommitAsync(ct);
        }

        List<AuditEntry> entries = await AuditTestData.EntriesAsync(settings);
        Assert.Equal(
            [
                (AuditAction.Create, """{"operation":"import 903.zip","rows":{"Child":3}}"""),
                (AuditAction.Update, """{"operation":"import 903.zip","rows":{"Child":1}}"""),
            ],
            entries.Select(e => (e.Action, e.Details!)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task RolledBack_NoSummary_AndTheNextTransactionStartsAfresh(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using (AppDbContext db = AuditTestData.Open(settings))
        using (db.RecordChangesInBulk("import bad.xml"))
        {
            await using (var failed = await db.Database.BeginTransactionAsync(ct))
            {
                db.Children.Add(AuditTestData.Child("C1", "A"));
                await db.SaveChangesAsync(ct);
                await failed.RollbackAsync(ct);
            }

            db.ChangeTracker.Clear();
            await using var second = await db.Database.BeginTransactionAsync(ct);
            db.Children.Add(AuditTestData.Child("C2", "B"));
            await db.SaveChangesAsync(ct);
            await second.CommitAsync(ct);
        }

        AuditEntry only = Assert.Single(await AuditTestData.EntriesAsync(settings));
        Assert.Equal("""{"operation":"import bad.xml","rows":{"Child":1}}""", only.Details);
    }

    /// <summary>On PostgreSQL a view recorded while a long import is under way is not made to wait for the import to commit.</summary>
    [Fact]
    public async Task OnPostgres_AnImportUnderWay_DoesNotHoldUpOtherEntries()
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(Engine.Postgres);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using AppDbContext import = AuditTestData.Open(settings);
        using IDisposable bulk = import.RecordChangesInBulk("import cin.xml");
        await using var transaction = await import.Database.BeginTransactionAsync(ct);
        import.Children.Add(AuditTestData.Child("C1", "A"));
        await import.SaveChangesAsync(ct);

        await using (AppDbContext viewer = AuditTestData.Open(settings))
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
            patience.CancelAfter(TimeSpan.FromSeconds(10));
            AuditEntry view = await AuditTrail.RecordAsync(viewer, AuditEvent.ViewedChild(5), patience.Token);
            Assert.Equal(1, view.Sequence);
        }

        await transaction.CommitAsync(ct);
        List<AuditEntry> entries = await AuditTestData.EntriesAsync(settings);
        Assert.Equal([(1L, AuditAction.View), (2L, AuditAction.Create)], entries.Select(e => (e.Sequence, e.Action)));
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
    }
}

using Npgsql;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Audit;

/// <summary>
/// Tampering with the trail is found: on SQLite by someone with the file (who can drop the triggers), on PostgreSQL
/// the application's connection cannot change an entry at all.
/// </summary>
public sealed class VerifyAuditTrailTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task IntactTrail_VerifiesWithItsCountAndLastHash(Engine engine)
    {
        DatabaseSettings settings = await ThreeViewsAsync(engine);

        AuditVerification result = await VerifyAsync(settings);

        Assert.True(result.Intact);
        Assert.Equal(3, result.Entries);
        Assert.Equal((await AuditTestData.EntriesAsync(settings))[2].Hash, result.LastHash);
    }

    [Fact]
    public async Task EditedDetails_NamedAsHashMismatch()
    {
        DatabaseSettings settings = await ThreeViewsAsync(Engine.Sqlite);
        await AuditTestData.ExecuteAsync(settings, "DROP TRIGGER audit_entries_no_update");
        await AuditTestData.ExecuteAsync(settings, """UPDATE audit_entries SET details = '{"reason":"nothing to see"}' WHERE sequence = 2""");

        AuditVerification result = await VerifyAsync(settings);

        Assert.Equal(2, result.BrokenAt);
        Assert.Equal(1, result.Entries);
        Assert.StartsWith("hash mismatch", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditedAndRehashedWithoutTheKey_NamedAtTheEntry()
    {
        // Before the keyed chain (decision 0030) a plain SHA-256 rehash was caught only at the next entry, and
        // rehashing every entry after it went unnoticed; now the edited entry's own seal fails.
        DatabaseSettings settings = await ThreeViewsAsync(Engine.Sqlite);
        AuditEntry second = (await AuditTestData.EntriesAsync(settings))[1];
        second.UserId = "someone-else";
        string rehashed = AuditHash.Sha256(second);
        await AuditTestData.ExecuteAsync(settings, "DROP TRIGGER audit_entries_no_update");
        await AuditTestData.ExecuteAsync(settings, $"UPDATE audit_entries SET user_id = 'someone-else', hash = '{rehashed}' WHERE sequence = 2");

        AuditVerification result = await VerifyAsync(settings);

        Assert.Equal(2, result.BrokenAt);
        Assert.StartsWith("hash mismatch: the hash is plain SHA-256", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletedEntry_NamedAsSequenceGap()
    {
        DatabaseSettings settings = await ThreeViewsAsync(Engine.Sqlite);
        await AuditTestData.ExecuteAsync(settings, "DROP TRIGGER audit_entries_no_delete");
        await AuditTestData.ExecuteAsync(settings, "DELETE FROM audit_entries WHERE sequence = 2");

        AuditVerification result = await VerifyAsync(settings);

        Assert.Equal(3, result.BrokenAt);
        Assert.Equal("sequence gap: expected entry 2, found 3; entries 2 to 2 were deleted", result.Problem);
    }

    [Fact]
    public async Task OnSqlite_TheTriggersRefuseUpdateAndDelete()
    {
        DatabaseSettings settings = await ThreeViewsAsync(Engine.Sqlite);

        var update = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => AuditTestData.ExecuteAsync(settings, "UPDATE audit_entries SET details = NULL"));
        var delete = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => AuditTestData.ExecuteAsync(settings, "DELETE FROM audit_entries"));

        Assert.Contains("audit_entries is append-only: UPDATE refused", update.Message, StringComparison.Ordinal);
        Assert.Contains("audit_entries is append-only: DELETE refused", delete.Message, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(settings)).Intact);
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET details = NULL WHERE sequence = 2", "UPDATE")]
    [InlineData("DELETE FROM audit_entries WHERE sequence = 2", "DELETE")]
    [InlineData("TRUNCATE audit_entries", "TRUNCATE")]
    public async Task OnPostgres_TheAppsConnectionCannotChangeAnEntry(string sql, string operation)
    {
        DatabaseSettings settings = await ThreeViewsAsync(Engine.Postgres);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => AuditTestData.ExecuteAsync(settings, sql));

        Assert.Equal($"audit_entries is append-only: {operation} refused", refused.MessageText);
        Assert.Equal(3, (await AuditTestData.EntriesAsync(settings)).Count);
        Assert.True((await VerifyAsync(settings)).Intact);
    }

    private async Task<DatabaseSettings> ThreeViewsAsync(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await using AppDbContext db = AuditTestData.Open(settings);
        foreach (long child in new long[] { 11, 12, 13 })
        {
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(child), TestContext.Current.CancellationToken);
        }

        return settings;
    }

    private static async Task<AuditVerification> VerifyAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = AuditTestData.Open(settings);
        return await VerifyAuditTrail.RunAsync(db, TestContext.Current.CancellationToken);
    }
}

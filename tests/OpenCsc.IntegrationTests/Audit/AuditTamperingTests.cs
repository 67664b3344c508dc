using System.Globalization;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Audit;

/// <summary>
/// Issue 14 part 3, on both engines: someone with the database (the owner, who can switch the append-only triggers off,
/// or on SQLite anyone with the file) but without the audit key truncates, forges, inserts, deletes or edits entries;
/// `verify` (with the checkpoints where the chain alone cannot tell) names each. The trail is ten views of children
/// 11 to 20 at 2026-06-15 12:00, sealed with the development key the test contexts use, checkpointed at its end.
/// </summary>
public sealed class AuditTamperingTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Untouched_VerifiesWithItsCheckpoint(Engine engine)
    {
        (DatabaseSettings settings, string checkpoints) = await TrailAsync(engine, 10);

        AuditVerification result = await VerifyAsync(settings, checkpoints);

        Assert.True(result.Intact, string.Join("; ", result.Problems));
        Assert.Equal((10L, 0L, 1), (result.Read, result.LegacyEntries, result.Checkpoints));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TailTruncation_TheChainAloneIsIntact_TheCheckpointNamesTheRemovedEntries(Engine engine)
    {
        // The tester's case: the last 50 of 60 entries deleted.
        (DatabaseSettings settings, string checkpoints) = await TrailAsync(engine, 60);
        await TamperAsync(settings, engine, "DELETE FROM audit_entries WHERE sequence > 10");

        AuditVerification chainOnly = await VerifyAsync(settings, checkpointFile: null);
        AuditVerification withCheckpoints = await VerifyAsync(settings, checkpoints);

        Assert.True(chainOnly.Intact);
        Assert.Equal(10, chainOnly.Read);
        AuditProblem problem = Assert.Single(withCheckpoints.Problems);
        Assert.Equal(
            "entries 11 to 60: truncated: the trail ends at entry 10, but checkpoint line 1 (2026-06-15 12:00:00 UTC) recorded entry 60; entries 11 to 60 were removed",
            problem.ToString());
        Assert.Equal(11, withCheckpoints.BrokenAt);
        Assert.Equal(10, withCheckpoints.Entries);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ForgedAndRechainedWithPlainSha256_EveryRewrittenEntryNamed(Engine engine)
    {
        (DatabaseSettings settings, string checkpoints) = await TrailAsync(engine, 10);
        await RechainAsync(settings, engine, from: 5, AuditHash.Sha256);

        AuditVerification result = await VerifyAsync(settings, checkpoints);

        Assert.Equal(
            [
                "entries 5 to 10: hash mismatch: the hash is plain SHA-256, not sealed with the audit key; the entry was forged or rewritten without the key",
                $"entry 10: changed since checkpoint line 1 (2026-06-15 12:00:00 UTC): its hash was {Original(10)}, it is now {await HashOfAsync(settings, 10)}",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(5, result.BrokenAt);
        Assert.Equal(4, result.Entries);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ForgedAndRechainedWithAnotherKey_EveryRewrittenEntryNamed(Engine engine)
    {
        (DatabaseSettings settings, _) = await TrailAsync(engine, 10);
        AuditKey wrong = AuditKey.CreateRandom();
        await RechainAsync(settings, engine, from: 7, e => AuditHash.Compute(e, wrong));

        AuditVerification result = await VerifyAsync(settings, checkpointFile: null);

        AuditProblem problem = Assert.Single(result.Problems);
        Assert.Equal(
            $"entries 7 to 10: hash mismatch: the entry is not sealed with the audit key {AuditKey.Development.Id} over its fields; it was edited, or forged with another key",
            problem.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ForgedEntryDowngradedToUnkeyed_Named(Engine engine)
    {
        (DatabaseSettings settings, _) = await TrailAsync(engine, 10);
        await RechainAsync(settings, engine, from: 9, e =>
        {
            e.HashScheme = AuditHashScheme.Sha256;
            return AuditHash.Sha256(e);
        });

        AuditVerification result = await VerifyAsync(settings, checkpointFile: null);

        Assert.Equal(
            "entries 9 to 10: unkeyed entry after keyed ones: every entry since the audit key came into use is sealed with it; this one was forged or rewritten without the key",
            Assert.Single(result.Problems).ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AppendedEntry_AsTheApplicationRoleMayInsert_Named(Engine engine)
    {
        // INSERT is what the application's role may do on PostgreSQL: no trigger to switch off.
        (DatabaseSettings settings, string checkpoints) = await TrailAsync(engine, 10);
        var forged = new AuditEntry
        {
            Sequence = 11,
            At = new DateTime(2026, 6, 15, 12, 0, 0),
            UserId = "u-9",
            UserName = "Nobody",
            Address = "10.0.0.9",
            Action = AuditAction.View,
            EntityType = "Child",
            EntityId = "99",
            ChildId = 99,
            PreviousHash = await HashOfAsync(settings, 10),
        };
        forged.Hash = AuditHash.Sha256(forged);
        await AuditTestData.ExecuteAsync(settings, Insert(forged));

        AuditVerification result = await VerifyAsync(settings, checkpoints);

        Assert.Equal(
            "entry 11: hash mismatch: the hash is plain SHA-256, not sealed with the audit key; the entry was forged or rewritten without the key",
            Assert.Single(result.Problems).ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task InsertedEntry_InTheMiddle_NamedWithTheRenumberedOnes(Engine engine)
    {
        (DatabaseSettings settings, string checkpoints) = await TrailAsync(engine, 10);
        await TamperAsync(settings, engine,
            "UPDATE audit_entries SET sequence = sequence + 1000 WHERE sequence >= 5; UPDATE audit_entries SET sequence = sequence - 999 WHERE sequence >= 1000");
        var forged = new AuditEntry
        {
            Sequence = 5,
            At = new DateTime(2026, 6, 15, 12, 0, 0),
            UserId = "u-9",
            UserName = "Nobody",
            Address = "10.0.0.9",
            Action = AuditAction.View,
            EntityType = "Child",
            EntityId = "99",
            ChildId = 99,
            PreviousHash = Original(4),
        };
        forged.Hash = AuditHash.Sha256(forged);
        await AuditTestData.ExecuteAsync(settings, Insert(forged));

        AuditVerification result = await VerifyAsync(settings, checkpoints);

        Assert.Equal(
            [
                "entry 5: hash mismatch: the hash is plain SHA-256, not sealed with the audit key; the entry was forged or rewritten without the key",
                $"entries 6 to 11: hash mismatch: the entry is not sealed with the audit key {AuditKey.Development.Id} over its fields; it was edited, or forged with another key",
                $"entry 10: changed since checkpoint line 1 (2026-06-15 12:00:00 UTC): its hash was {Original(10)}, it is now {Original(9)}",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task DeletedMiddleEntry_NamedAsAGap(Engine engine)
    {
        (DatabaseSettings settings, string checkpoints) = await TrailAsync(engine, 10);
        await TamperAsync(settings, engine, "DELETE FROM audit_entries WHERE sequence = 5");

        AuditVerification result = await VerifyAsync(settings, checkpoints);

        Assert.Equal("entry 6: sequence gap: expected entry 5, found 6; entries 5 to 5 were deleted", Assert.Single(result.Problems).ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task DeletedCheckpointedEntry_NamedByTheCheckpoint(Engine engine)
    {
        (DatabaseSettings settings, string checkpoints) = await TrailAsync(engine, 5);
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(21), TestContext.Current.CancellationToken);
        }

        await TamperAsync(settings, engine, "DELETE FROM audit_entries WHERE sequence = 5");

        AuditVerification result = await VerifyAsync(settings, checkpoints);

        Assert.Equal(
            [
                "entry 5: missing: checkpoint line 1 (2026-06-15 12:00:00 UTC) recorded this entry, and it is no longer in the trail",
                "entry 6: sequence gap: expected entry 5, found 6; entries 5 to 5 were deleted",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task EditedEntry_NamedAsHashMismatch(Engine engine)
    {
        (DatabaseSettings settings, string checkpoints) = await TrailAsync(engine, 10);
        await TamperAsync(settings, engine, "UPDATE audit_entries SET child_id = 99, entity_id = '99' WHERE sequence = 5");

        AuditVerification result = await VerifyAsync(settings, checkpoints);

        Assert.Equal(
            $"entry 5: hash mismatch: the entry is not sealed with the audit key {AuditKey.Development.Id} over its fields; it was edited, or forged with another key",
            Assert.Single(result.Problems).ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task LegacyEntriesBeforeTheKey_VerifyAndAreCounted(Engine engine)
    {
        // A trail from before migration 0013: three entries hashed with plain SHA-256, then keyed ones chained on.
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        string previous = AuditHash.Genesis;
        for (long sequence = 1; sequence <= 3; sequence++)
        {
            var legacy = new AuditEntry
            {
                Sequence = sequence,
                At = new DateTime(2026, 1, 5, 9, 0, 0),
                UserId = "u-1",
                UserName = "Ann",
                Address = "cli",
                Action = AuditAction.View,
                EntityType = "Child",
                EntityId = "7",
                ChildId = 7,
                PreviousHash = previous,
                HashScheme = AuditHashScheme.Sha256,
            };
            legacy.Hash = AuditHash.Sha256(legacy);
            previous = legacy.Hash;
            await AuditTestData.ExecuteAsync(settings, Insert(legacy));
        }

        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(8), TestContext.Current.CancellationToken);
        }

        AuditVerification intact = await VerifyAsync(settings, checkpointFile: null);
        await TamperAsync(settings, engine, "UPDATE audit_entries SET child_id = 99 WHERE sequence = 2");
        AuditVerification edited = await VerifyAsync(settings, checkpointFile: null);

        Assert.True(intact.Intact);
        Assert.Equal((4L, 3L), (intact.Read, intact.LegacyEntries));
        Assert.Equal(AuditHashScheme.HmacSha256, (await AuditTestData.EntriesAsync(settings))[3].HashScheme);
        Assert.Equal("entry 2: hash mismatch: the entry's fields are not those it was written with; it was edited", Assert.Single(edited.Problems).ToString());
    }

    [Fact]
    public async Task CheckpointFile_EditedOrRemovedLines_Named()
    {
        (DatabaseSettings settings, string checkpoints) = await TrailAsync(Engine.Sqlite, 3);
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            await AuditCheckpoints.WriteAsync(db, checkpoints, TestContext.Current.CancellationToken);
            await AuditCheckpoints.WriteAsync(db, checkpoints, TestContext.Current.CancellationToken);
        }

        string[] lines = await File.ReadAllLinesAsync(checkpoints, TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(checkpoints, [lines[0].Replace("sequence=3", "sequence=2", StringComparison.Ordinal), lines[2]], TestContext.Current.CancellationToken);

        AuditVerification result = await VerifyAsync(settings, checkpoints);

        Assert.Equal(
            [
                $"checkpoint line 1: its seal does not match the audit key {AuditKey.Development.Id}; the line was edited, forged or written with another key",
                "checkpoint line 2 does not follow on from the line before it; checkpoint lines were removed, inserted or reordered",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(1, result.Checkpoints);
    }

    private readonly List<string> _originalHashes = [];

    private string Original(long sequence) => _originalHashes[(int)sequence - 1];

    /// <summary>A trail of <paramref name="views"/> entries and a checkpoint file with one checkpoint of its end.</summary>
    private async Task<(DatabaseSettings Settings, string CheckpointFile)> TrailAsync(Engine engine, int views)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        string checkpoints = Path.Combine(Directory.CreateTempSubdirectory("opencsc-checkpoints-").FullName, "test.audit-checkpoints");
        await using AppDbContext db = AuditTestData.Open(settings);
        for (int i = 0; i < views; i++)
        {
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(11 + (i % 10)), TestContext.Current.CancellationToken);
        }

        await AuditCheckpoints.WriteAsync(db, checkpoints, TestContext.Current.CancellationToken);
        _originalHashes.AddRange((await AuditTestData.EntriesAsync(settings)).Select(e => e.Hash));
        return (settings, checkpoints);
    }

    private static async Task<AuditVerification> VerifyAsync(DatabaseSettings settings, string? checkpointFile)
    {
        await using AppDbContext db = AuditTestData.Open(settings);
        CheckpointFile? file = checkpointFile is null ? null : AuditCheckpoints.Read(checkpointFile, db.AuditKey);
        return await VerifyAuditTrail.RunAsync(db, file, TestContext.Current.CancellationToken);
    }

    private static async Task<string> HashOfAsync(DatabaseSettings settings, long sequence) =>
        (await AuditTestData.EntriesAsync(settings)).Single(e => e.Sequence == sequence).Hash;

    /// <summary>Runs SQL with the append-only triggers out of the way, as the tables' owner (or the SQLite file's holder) could.</summary>
    private static Task TamperAsync(DatabaseSettings settings, Engine engine, string sql) => AuditTestData.ExecuteAsync(settings, engine == Engine.Sqlite
        ? "DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete; " + sql
        : "ALTER TABLE audit_entries DISABLE TRIGGER USER; " + sql + "; ALTER TABLE audit_entries ENABLE TRIGGER USER");

    /// <summary>Changes entry <paramref name="from"/>'s user and rehashes it and every entry after it, each chained to the one before.</summary>
    private static async Task RechainAsync(DatabaseSettings settings, Engine engine, long from, Func<AuditEntry, string> hash)
    {
        List<AuditEntry> entries = await AuditTestData.EntriesAsync(settings);
        string previous = entries.Single(e => e.Sequence == from - 1).Hash;
        var sql = new System.Text.StringBuilder();
        foreach (AuditEntry entry in entries.Where(e => e.Sequence >= from))
        {
            if (entry.Sequence == from)
            {
                entry.UserId = "someone-else";
            }

            entry.PreviousHash = previous;
            entry.Hash = hash(entry);
            previous = entry.Hash;
            sql.Append(CultureInfo.InvariantCulture,
                $"UPDATE audit_entries SET user_id = '{entry.UserId}', previous_hash = '{entry.PreviousHash}', hash = '{entry.Hash}', hash_scheme = '{entry.HashScheme}' WHERE sequence = {entry.Sequence}; ");
        }

        await TamperAsync(settings, engine, sql.ToString().TrimEnd(' ', ';'));
    }

    private static string Insert(AuditEntry e) => string.Create(CultureInfo.InvariantCulture,
        $"INSERT INTO audit_entries (sequence, at, user_id, user_name, address, action, entity_type, entity_id, child_id, details, previous_hash, hash, hash_scheme) " +
        $"VALUES ({e.Sequence}, '{e.At:yyyy-MM-dd HH:mm:ss.ffffff}', '{e.UserId}', '{e.UserName}', '{e.Address}', '{e.Action}', '{e.EntityType}', '{e.EntityId}', {e.ChildId}, NULL, '{e.PreviousHash}', '{e.Hash}', '{e.HashScheme}')");
}

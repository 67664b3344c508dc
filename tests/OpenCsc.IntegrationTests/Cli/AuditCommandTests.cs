using System.Text.Json;
using OpenCsc.Audit;
using OpenCsc.Cli;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Audit;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Cli;

/// <summary>`opencsc audit verify` and `opencsc audit list` over a trail of three entries: u-1 viewed child 42, u-2 viewed 42 then 43.</summary>
public sealed class AuditCommandTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    private async Task<DatabaseSettings> TrailAsync(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using AppDbContext db = AuditTestData.Open(settings);
        db.AuditContext = new AuditContext("u-1", "Sam Worker", "10.0.0.1");
        await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(42), ct);
        db.AuditContext = new AuditContext("u-2", "Ada Auditor", "10.0.0.2");
        await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(42), ct);
        await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(43), ct);
        return settings;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Verify_IntactTrail_ExitsZeroWithCountAndLastHash(Engine engine)
    {
        DatabaseSettings settings = await TrailAsync(engine);
        string lastHash = (await AuditTestData.EntriesAsync(settings))[2].Hash;

        CliRunner.Result result = await CliRunner.RunAsync("audit", "verify", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Ok, result.ExitCode);
        Assert.Equal($"Audit trail intact: 3 entries; last hash {lastHash}.", result.Output.Trim());
    }

    [Fact]
    public async Task Verify_EditedEntry_ExitsOneNamingIt()
    {
        DatabaseSettings settings = await TrailAsync(Engine.Sqlite);
        await AuditTestData.ExecuteAsync(settings, "DROP TRIGGER audit_entries_no_update");
        await AuditTestData.ExecuteAsync(settings, "UPDATE audit_entries SET child_id = 99 WHERE sequence = 2");

        CliRunner.Result result = await CliRunner.RunAsync("audit", "verify", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.StartsWith("opencsc: audit trail broken at entry 2: hash mismatch", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedEntry_ExitsOneNamingTheGap()
    {
        DatabaseSettings settings = await TrailAsync(Engine.Sqlite);
        await AuditTestData.ExecuteAsync(settings, "DROP TRIGGER audit_entries_no_delete");
        await AuditTestData.ExecuteAsync(settings, "DELETE FROM audit_entries WHERE sequence = 1");

        CliRunner.Result result = await CliRunner.RunAsync("audit", "verify", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.Contains("audit trail broken at entry 2: sequence gap: expected entry 1, found 2", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Checkpoint_AppendsALinePerRun_VerifyWithCheckpointsAgrees(Engine engine)
    {
        DatabaseSettings settings = await TrailAsync(engine);
        string lastHash = (await AuditTestData.EntriesAsync(settings))[2].Hash;
        string file = CheckpointFile();

        CliRunner.Result first = await CliRunner.RunAsync("audit", "checkpoint", "--checkpoint-file", file, "--db", TestDatabases.DbArgument(settings));
        CliRunner.Result second = await CliRunner.RunAsync("audit", "checkpoint", "--checkpoint-file", file, "--db", TestDatabases.DbArgument(settings));
        CliRunner.Result verify = await CliRunner.RunAsync("audit", "verify", "--checkpoints", "--checkpoint-file", file, "--db", TestDatabases.DbArgument(settings));

        Assert.Equal((CliApp.Ok, CliApp.Ok, CliApp.Ok), (first.ExitCode, second.ExitCode, verify.ExitCode));
        Assert.Equal($"Checkpoint written to {file} (line 1): entry 3, hash {lastHash}.", first.Output.Trim());
        Assert.Equal($"Checkpoint written to {file} (line 2): entry 3, hash {lastHash}.", second.Output.Trim());
        string[] lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(2, lines.Length);
        Assert.Matches($"^at=\\d{{4}}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{{6}}Z sequence=3 hash={lastHash} previous=0{{64}} seal=[0-9a-f]{{64}}$", lines[0]);
        string[] output = verify.Output.TrimEnd().Split('\n');
        Assert.Equal($"Audit trail intact: 3 entries; last hash {lastHash}.", output[0]);
        Assert.Matches($"^Checkpoints: 2 in {System.Text.RegularExpressions.Regex.Escape(file)} agree with the trail \\(the last, line 2 at [0-9: -]+ UTC, recorded entry 3\\)\\.$", output[1]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyWithCheckpoints_TruncatedTrail_ExitsOneNamingTheRemovedEntries(Engine engine)
    {
        DatabaseSettings settings = await TrailAsync(engine);
        string file = CheckpointFile();
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("audit", "checkpoint", "--checkpoint-file", file, "--db", TestDatabases.DbArgument(settings))).ExitCode);
        await AuditTestData.TamperAsync(settings, "DELETE FROM audit_entries WHERE sequence >= 2");

        CliRunner.Result chainOnly = await CliRunner.RunAsync("audit", "verify", "--db", TestDatabases.DbArgument(settings));
        CliRunner.Result result = await CliRunner.RunAsync("audit", "verify", "--checkpoints", "--checkpoint-file", file, "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Ok, chainOnly.ExitCode);
        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.Matches(
            "^opencsc: audit trail broken at entry 2: truncated: the trail ends at entry 1, but checkpoint line 1 \\([0-9: -]+ UTC\\) recorded entry 3; entries 2 to 3 were removed \\(1 entries before it are intact; 1 problem\\(s\\) listed\\)\\.$",
            result.Error.Trim());
        Assert.StartsWith("Problems:\n  entries 2 to 3: truncated: the trail ends at entry 1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ForgedEntryAppended_ExitsOneNamingIt()
    {
        DatabaseSettings settings = await TrailAsync(Engine.Sqlite);
        AuditEntry third = (await AuditTestData.EntriesAsync(settings))[2];
        await AuditTestData.ExecuteAsync(settings,
            "INSERT INTO audit_entries (sequence, at, user_id, user_name, address, action, previous_hash, hash, hash_scheme) " +
            $"VALUES (4, '2026-06-15 12:00:00', 'u-9', 'Nobody', 'cli', 'View', '{third.Hash}', '{new string('a', 64)}', 'HmacSha256')");

        CliRunner.Result result = await CliRunner.RunAsync("audit", "verify", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.StartsWith($"opencsc: audit trail broken at entry 4: hash mismatch: the entry is not sealed with the audit key {AuditKey.Development.Id}", result.Error, StringComparison.Ordinal);
        Assert.Contains("  entry 4: hash mismatch", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyWithCheckpoints_NoCheckpointFile_ExitsOne()
    {
        DatabaseSettings settings = await TrailAsync(Engine.Sqlite);
        string file = CheckpointFile();

        CliRunner.Result result = await CliRunner.RunAsync("audit", "verify", "--checkpoints", "--checkpoint-file", file, "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.StartsWith($"opencsc: there is no checkpoint file at {file}: nothing to compare the trail with.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoint_DefaultFile_IsBesideTheSqliteDatabase()
    {
        DatabaseSettings settings = await TrailAsync(Engine.Sqlite);
        string db = TestDatabases.DbArgument(settings);

        CliRunner.Result result = await CliRunner.RunAsync("audit", "checkpoint", "--db", db);

        Assert.Equal(CliApp.Ok, result.ExitCode);
        Assert.True(File.Exists(Path.GetFullPath(db) + ".audit-checkpoints"));
    }

    private static string CheckpointFile() => Path.Combine(Directory.CreateTempSubdirectory("opencsc-cli-checkpoints-").FullName, "trail.audit-checkpoints");

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ListByChild_Json_WhoViewedNewestFirst(Engine engine)
    {
        DatabaseSettings settings = await TrailAsync(engine);

        CliRunner.Result result = await CliRunner.RunAsync("audit", "list", "--child", "42", "--format", "json", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Ok, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal(
            [(2L, "u-2", "10.0.0.2", "View"), (1L, "u-1", "10.0.0.1", "View")],
            json.RootElement.EnumerateArray().Select(e => (
                e.GetProperty("sequence").GetInt64(), e.GetProperty("userId").GetString()!, e.GetProperty("address").GetString()!, e.GetProperty("action").GetString()!)));
        Assert.Equal("2026-06-15T12:00:00.000000Z", json.RootElement[0].GetProperty("at").GetString());
    }

    [Fact]
    public async Task ListByUser_Table_WhatTheyViewed()
    {
        DatabaseSettings settings = await TrailAsync(Engine.Sqlite);

        CliRunner.Result result = await CliRunner.RunAsync("audit", "list", "--user", "u-2", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Ok, result.ExitCode);
        string[] lines = result.Output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("       3  2026-06-15 12:00:00  u-2", lines[1], StringComparison.Ordinal);
        Assert.Contains("Child 43", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("       2  2026-06-15 12:00:00  u-2", lines[2], StringComparison.Ordinal);
        Assert.Equal("2 entries", lines[3]);
    }

    [Fact]
    public async Task List_NeitherChildNorUser_IsBadUsage()
    {
        DatabaseSettings settings = await TrailAsync(Engine.Sqlite);

        CliRunner.Result result = await CliRunner.RunAsync("audit", "list", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.BadUsage, result.ExitCode);
        Assert.Contains("give either --child ID or --user ID", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DatabaseWithoutTheSchema_Fails()
    {
        DatabaseSettings settings = await _databases.CreateAsync(Engine.Sqlite);

        CliRunner.Result result = await CliRunner.RunAsync("audit", "verify", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.Contains("opencsc db migrate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportFromTheCommandLine_IsRecordedAsSystemFromCli()
    {
        DatabaseSettings settings = await TrailAsync(Engine.Sqlite);
        string output = Path.Combine(Directory.CreateTempSubdirectory("opencsc-audit-").FullName, "cin.xml");

        CliRunner.Result export = await CliRunner.RunAsync("export", "cin-census", "--year", "2025", "--out", output, "--db", TestDatabases.DbArgument(settings));
        CliRunner.Result list = await CliRunner.RunAsync("audit", "list", "--user", "system", "--action", "Export", "--format", "json", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Ok, export.ExitCode);
        using JsonDocument json = JsonDocument.Parse(list.Output);
        JsonElement entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("Export", "cli", 4L), (entry.GetProperty("action").GetString(), entry.GetProperty("address").GetString(), entry.GetProperty("sequence").GetInt64()));
        Assert.Equal("2025/26", entry.GetProperty("details").GetProperty("year").GetString());
        Assert.Equal("cin.xml", entry.GetProperty("details").GetProperty("file").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Import_IsOneSummaryEntryForTheWholeFile(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);

        CliRunner.Result import = await CliRunner.RunAsync("import", "cin-census", OpenCsc.IntegrationTests.Returns.Imports.ReturnsTestData.CinSample, "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Ok, import.ExitCode);
        AuditEntry entry = Assert.Single(await AuditTestData.EntriesAsync(settings));
        Assert.Equal(AuditAction.Create, entry.Action);
        using JsonDocument details = JsonDocument.Parse(entry.Details!);
        Assert.Equal("import fake_CIN_data.xml", details.RootElement.GetProperty("operation").GetString());
        await using AppDbContext db = AuditTestData.Open(settings);
        Assert.Equal(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Children, TestContext.Current.CancellationToken),
            details.RootElement.GetProperty("rows").GetProperty("Child").GetInt32());
    }
}
